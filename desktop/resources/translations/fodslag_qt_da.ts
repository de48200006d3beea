<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings that the qtbase_da.qm shipped with PySide6 lacks (its Danish catalogue
     predates them). Loaded after qtbase_da by desktop/views/i18n.py; compiled by
     tools/i18n.py compile. Add a string here when tests/journeys/test_danish_ui.py finds
     English in one of Qt's dialogs. -->
<TS version="2.1" language="da_DK">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Kig i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Filer af &amp;typen:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Double Sided Printing</source>
        <translation>Dobbeltsidet udskrift</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Indbinding på den lange side</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Indbinding på den korte side</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;Sidesæt:</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Page &amp;order:</source>
        <translation>Side&amp;rækkefølge:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Sider &amp;pr. ark:</translation>
    </message>
</context>
</TS>
