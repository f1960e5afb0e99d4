"""Show, print and save generated PDFs: a QtPdf preview with Print and Save As, and silent printing."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QVBoxLayout, QWidget

from app import paths
from db.files import copy_private, make_private_dir, write_private
from ui.common.layout import fit_window


def document_title(document: QPdfDocument) -> str:
    """What a preview window is called: the title the PDF carries (every document the app renders sets one, in
    the user's language), else "Document preview" — never the file's name, which is made for the disk."""
    title = document.metaData(QPdfDocument.MetaDataField.Title)
    title = str(title).strip() if title else ""
    if title.lower() == "untitled":  # reportlab's default when a document sets none
        title = ""
    return title or QCoreApplication.translate("Documents", "Document preview")


def print_pdf(path: Path, printer: QPrinter) -> int:
    """Render each page of the PDF at the printer's resolution onto `printer`; returns pages printed."""
    doc = QPdfDocument()
    doc.load(str(path))
    pages = doc.pageCount()
    if pages <= 0:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for page in range(pages):
            if page:
                printer.newPage()
            target = painter.viewport()
            size_pt = doc.pagePointSize(page)
            dpi = printer.resolution()
            img_size = QSize(int(size_pt.width() / 72 * dpi), int(size_pt.height() / 72 * dpi))
            image = doc.render(page, img_size)
            scaled = img_size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(target.x(), target.y(), image.scaled(scaled))
    finally:
        painter.end()
    return pages


def print_silently(path: Path) -> bool:
    """Print to the default printer without a dialog (the counter's receipts).

    Without a printer the file waits in the print queue folder and False is returned, so the caller
    can say "queued" in the status bar instead of putting a dialog in the cashier's way.
    """
    info = QPrinterInfo.defaultPrinter()
    if info.isNull():
        queue = make_private_dir(paths.data_dir() / "print-queue")
        copy_private(path, queue / path.name)
        return False
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    return print_pdf(path, printer) > 0


class PdfPreviewDialog(QDialog):
    """A PDF on screen with Print and Save As."""

    def __init__(self, path: Path, parent: QWidget, title: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.path = Path(path)
        self.document = QPdfDocument(self)
        self.document.load(str(self.path))
        self.setWindowTitle(title or document_title(self.document))
        fit_window(self, 820, 900)  # an A4 page's width; as tall as the screen allows (issue 16)
        self.view = QPdfView(self)
        self.view.setAccessibleName(QCoreApplication.translate("Documents", "Document preview"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        buttons = QDialogButtonBox(self)
        self.print_button = buttons.addButton(
            QCoreApplication.translate("Documents", "Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.setAccessibleName(QCoreApplication.translate("Documents", "Print"))
        self.save_button = buttons.addButton(
            QCoreApplication.translate("Documents", "Save as…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setAccessibleName(QCoreApplication.translate("Documents", "Save as"))
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(QCoreApplication.translate("Documents", "Close"))
        close.setAccessibleName(QCoreApplication.translate("Documents", "Close"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)

    def page_count(self) -> int:
        return self.document.pageCount()

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_pdf(self.path, printer)

    def save_as(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("Documents", "Save as"),
            str(Path.home() / self.path.name),
            QCoreApplication.translate("Documents", "PDF files (*.pdf)"),
        )
        if target:
            shutil.copyfile(self.path, target)


def write_document(data: bytes, kind: str, name: str) -> Path:
    from app.documents.common import output_path

    return write_private(output_path(kind, name), data)  # owner-only (issue 12, item 5)


def preview(parent: QWidget, path: Path, title: str | None = None) -> None:
    """Open the preview (non-modal); tests replace this function."""
    dialog = PdfPreviewDialog(path, parent, title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
