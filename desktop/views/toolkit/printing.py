"""One print preview for everything the app prints (meetings, documents, the action card, lists).

``QPrintPreviewDialog(printer, parent)`` does not own the ``QPrinter`` it is given, and the
dialog is opened non-blocking (``open()``): a printer, a ``QTextDocument`` or page images held
only by a Python local are freed when the function that opened the dialog returns, and the
dialog then paints with freed memory, a segmentation fault (issue 12). ``PrintPreview`` keeps
all of them on the dialog: the printer and pages as attributes (the parent widget keeps the
dialog's Python wrapper alive), a text document as a Qt child. The dialog deletes itself on
close, and everything it owned goes with it, in that order.

PDF pages are rendered to images for the preview by QtPdf (full PySide6 only) or pypdfium2;
without either the caller opens the PDF in the system's viewer (``render_pdf_pages`` → None).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPageLayout, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QMainWindow, QWidget

# the resolution PDF pages are rendered at for preview and print
PRINT_DPI = 150


class PrintPreview(QPrintPreviewDialog):
    """A print preview that owns its printer and whatever it paints, and is deleted on close."""

    def __init__(
        self,
        parent: QWidget,
        *,
        title: str,
        doc_name: str,
        paint: Callable[[QPrinter], None],
        name: str = "printPreview",
        landscape: bool = False,
    ) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(doc_name)
        if landscape:  # the pages come landscape (the action card): print them the same way
            printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        super().__init__(printer, parent)
        # Qt keeps only a pointer to the printer: this attribute is what keeps it alive
        self._printer = printer
        self._paint = paint
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.paintRequested.connect(self._paint_requested)
        # room for an A4 page at a readable zoom on a 1280×800 laptop
        self.resize(min(1000, parent.window().width()), min(760, parent.window().height()))

    def _paint_requested(self, printer: QPrinter) -> None:
        self._paint(printer)

    def preview_widget(self) -> QPrintPreviewWidget:
        """The page view inside the dialog (tests count its pages)."""
        return cast(QPrintPreviewWidget, self.findChild(QPrintPreviewWidget))  # the dialog makes one


def preview_html(
    parent: QWidget, html: str, *, title: str, doc_name: str, name: str = "printPreview"
) -> PrintPreview:
    """Preview (and print) an HTML page; the QTextDocument is a child of the dialog."""
    document = QTextDocument()
    document.setHtml(html)
    dialog = PrintPreview(parent, title=title, doc_name=doc_name, paint=document.print_, name=name)
    document.setParent(dialog)  # Qt owns it now: deleted with the dialog, never before
    dialog.open()
    return dialog


def preview_images(
    parent: QWidget, pages: Sequence[QImage], *, title: str, doc_name: str, name: str = "printPreview"
) -> PrintPreview:
    """Preview (and print) rendered pages, one image per sheet, scaled to fit the printable area."""
    kept = tuple(pages)  # the dialog's paint closure holds the images, not the caller

    def paint(printer: QPrinter) -> None:
        painter = QPainter(printer)
        try:
            for i, image in enumerate(kept):
                if i:
                    printer.newPage()
                area = painter.viewport()
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(area.x(), area.y(), size.width(), size.height())
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(area)
                painter.setWindow(area)
        finally:
            painter.end()

    landscape = bool(kept) and all(image.width() > image.height() for image in kept)
    dialog = PrintPreview(parent, title=title, doc_name=doc_name, paint=paint, name=name, landscape=landscape)
    dialog.open()
    return dialog


def render_pdf_pages(path: Path, dpi: int = PRINT_DPI) -> list[QImage] | None:
    """The PDF's pages as images for the print preview; None when no renderer is installed.

    Safe off the GUI thread (QImage, not QPixmap; nothing outlives the call but the images).
    """
    try:
        from PySide6.QtPdf import QPdfDocument  # not in pyside6-essentials
    except ImportError:
        QPdfDocument = None  # type: ignore[misc, assignment]  # an optional module
    if QPdfDocument is not None:  # pragma: no cover - needs the full PySide6
        document = QPdfDocument()
        try:
            document.load(str(path))
            images = []
            for i in range(document.pageCount()):
                size = document.pagePointSize(i) * dpi / 72
                images.append(document.render(i, size.toSize()))
            return images
        finally:
            document.close()
    try:
        import pypdfium2
    except ImportError:
        return None
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        images = []
        for page in pdf:
            bitmap = page.render(scale=dpi / 72).to_pil().convert("RGB")  # Pillow comes with reportlab
            data = bitmap.tobytes("raw", "RGB")
            image = QImage(data, bitmap.width, bitmap.height, 3 * bitmap.width, QImage.Format.Format_RGB888)
            images.append(image.copy())  # own the pixels: ``data`` goes away
        return images
    finally:
        pdf.close()


def tell(widget: QWidget, text: str, timeout_ms: int = 8_000) -> None:
    """A short note in the main window's status bar (e.g. 'nothing to print here')."""
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, timeout_ms)


def nothing_to_print(widget: QWidget, what: str = "") -> None:
    """Ctrl+P where there is nothing to print says so, and what to do instead."""
    tell(
        widget,
        what
        or QCoreApplication.translate(
            "Printing",
            "Nothing to print here. Meetings, contacts and the action card print with Ctrl+P; "
            "every document prints from Documents.",
        ),
    )


__all__ = [
    "PRINT_DPI",
    "PrintPreview",
    "nothing_to_print",
    "preview_html",
    "preview_images",
    "render_pdf_pages",
    "tell",
]
