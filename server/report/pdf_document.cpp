#include "pdf_document.h"

#include "headless_gui.h"

#include <QBuffer>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QAbstractTextDocumentLayout>
#include <QTextDocument>
#include <mutex>

namespace sohoi::server {

namespace {

// Fonts and the glyph caches behind them are shared by the process; one layout at a time keeps gRPC's
// threads from racing on them.
std::mutex& layoutMutex() {
  static std::mutex mutex;
  return mutex;
}

}  // namespace

std::optional<QByteArray> pdfFromHtml(const QString& html, const QString& title, QString* error) {
  if (!canLayOutDocuments()) {
    if (error)
      *error = QStringLiteral("Tiến trình này không dựng được tài liệu PDF (thiếu QGuiApplication) / This "
                              "process cannot lay out PDF documents (no QGuiApplication)");
    return std::nullopt;
  }
  std::lock_guard lock(layoutMutex());
  QByteArray bytes;
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  {
    QPdfWriter writer(&buffer);
    writer.setCreator(QStringLiteral("Sổ Hội"));
    writer.setTitle(title);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(30, 20, 15, 20),
                                     QPageLayout::Millimeter));
    QTextDocument document;
    // Laid out on the writer itself, so fonts are measured at the PDF's resolution and the page is the A4
    // page inside its margins (print() then needs no scaling and adds no page numbers of its own).
    document.documentLayout()->setPaintDevice(&writer);
    QFont font(QStringLiteral("Noto Serif"));
    font.setPointSizeF(kPdfBodyPointSize);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);  // the page's margins are the document's
    document.setHtml(html);
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    document.print(&writer);
  }
  return bytes;
}

}  // namespace sohoi::server
