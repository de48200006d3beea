; Fodslag installer (NSIS 3).
;
;   makensis /DVERSION=0.1.0 /DPAYLOAD=dist\fodslag [/DOUTFILE=...] [/DFAST] installers\fodslag.nsi
;
; Default: per user, no admin rights: $LOCALAPPDATA\Programs\Fodslag, Start-menu shortcut
; and an Add/Remove Programs entry under HKCU.
; For IT: "Fodslag-setup-<version>.exe /S /ALLUSERS" (from an elevated process, e.g.
; Intune/SCCM as SYSTEM) installs for every user in $PROGRAMFILES64\Fodslag with the
; entry under HKLM. Without admin rights /ALLUSERS stops with exit code 740.
;
; Uninstalling removes the program and never the user's data: the database, backups and
; settings live in %LOCALAPPDATA%\Fodslag and %APPDATA%\Fodslag, which are left alone.

Unicode true

!ifndef VERSION
  !error "Pass the version: makensis /DVERSION=x.y.z ..."
!endif
!ifndef PAYLOAD
  !error "Pass the PyInstaller folder: makensis /DPAYLOAD=dist/fodslag ..."
!endif
!ifndef OUTFILE
  !define OUTFILE "Fodslag-setup-${VERSION}.exe"
!endif
!ifndef ICON
  !define ICON "${__FILEDIR__}/../desktop/resources/icons/fodslag.ico"
!endif
; Windows version resources need four plain numbers: 1.2.3 -> 1.2.3.0 (override with /DVERSION4)
!ifndef VERSION4
  !searchparse /noerrors "${VERSION}" "" V_MAJOR "." V_MINOR "." V_PATCH
  !ifndef V_MAJOR
    !define V_MAJOR 0
  !endif
  !ifndef V_MINOR
    !define V_MINOR 0
  !endif
  !ifndef V_PATCH
    !define V_PATCH 0
  !endif
  !define VERSION4 "${V_MAJOR}.${V_MINOR}.${V_PATCH}.0"
!endif

!define APP "Fodslag"
!define PUBLISHER "Fodslag"
!define EXE "fodslag.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define MACHINE_MARKER "installed-for-all-users"

!ifdef FAST
  SetCompressor zlib  ; the compile check on CI: seconds instead of minutes
!else
  SetCompressor /SOLID lzma
!endif

Name "${APP}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP}"
ShowInstDetails nevershow
ShowUninstDetails nevershow
BrandingText "${APP} ${VERSION}"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Danish"
!insertmacro MUI_LANGUAGE "English"

LangString NeedsAdmin ${LANG_DANISH} "Installation for alle brugere (/ALLUSERS) kræver administratorrettigheder."
LangString NeedsAdmin ${LANG_ENGLISH} "Installing for all users (/ALLUSERS) needs administrator rights."
LangString DataKept ${LANG_DANISH} "Dine data og sikkerhedskopier i %LOCALAPPDATA%\${APP} er bevaret."
LangString DataKept ${LANG_ENGLISH} "Your data and backups in %LOCALAPPDATA%\${APP} have been kept."

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=${LANG_DANISH} "ProductName" "${APP}"
VIAddVersionKey /LANG=${LANG_DANISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_DANISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_DANISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_DANISH} "FileDescription" "${APP} installationsprogram"
VIAddVersionKey /LANG=${LANG_DANISH} "LegalCopyright" "${PUBLISHER}"

Var AllUsers

Function .onInit
  StrCpy $AllUsers 0
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/ALLUSERS" $1
  ${IfNot} ${Errors}
    StrCpy $AllUsers 1
  ${EndIf}
  ${If} $AllUsers == 1
    UserInfo::GetAccountType
    Pop $2
    ${If} $2 != "admin"
      MessageBox MB_ICONSTOP "$(NeedsAdmin)" /SD IDOK
      SetErrorLevel 740 ; ERROR_ELEVATION_REQUIRED
      Quit
    ${EndIf}
    SetShellVarContext all
    ${If} ${RunningX64}
      SetRegView 64
    ${EndIf}
    ; keep a folder given with /D=..., otherwise the machine-wide default
    ${If} $INSTDIR == "$LOCALAPPDATA\Programs\${APP}"
      StrCpy $INSTDIR "$PROGRAMFILES64\${APP}"
    ${EndIf}
  ${Else}
    SetShellVarContext current
  ${EndIf}
FunctionEnd

Section "Fodslag" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; an upgrade replaces the whole runtime folder so no file of the old version lingers
  RMDir /r "$INSTDIR\_internal"
  File /r "${PAYLOAD}/*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  ${If} $AllUsers == 1
    FileOpen $0 "$INSTDIR\${MACHINE_MARKER}" w
    FileClose $0
  ${EndIf}

  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  ; Add/Remove Programs: SHCTX is HKCU for a per-user install and HKLM for /ALLUSERS
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" "$0"
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Function un.onInit
  ; the marker says how this copy was installed, so the right registry hive is cleaned
  ${If} ${FileExists} "$INSTDIR\${MACHINE_MARKER}"
    StrCpy $AllUsers 1
    UserInfo::GetAccountType
    Pop $2
    ${If} $2 != "admin"
      MessageBox MB_ICONSTOP "$(NeedsAdmin)" /SD IDOK
      SetErrorLevel 740
      Quit
    ${EndIf}
    SetShellVarContext all
    ${If} ${RunningX64}
      SetRegView 64
    ${EndIf}
  ${Else}
    StrCpy $AllUsers 0
    SetShellVarContext current
  ${EndIf}
FunctionEnd

Section "Uninstall"
  ; only what the installer put there: never RMDir /r $INSTDIR (it may be a folder the
  ; user chose), and never the data folders
  Delete "$SMPROGRAMS\${APP}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\fodslag.exe"
  Delete "$INSTDIR\fodslag-cli.exe"
  Delete "$INSTDIR\${MACHINE_MARKER}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  DetailPrint "$(DataKept)"
SectionEnd
