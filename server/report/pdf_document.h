#pragma once
// Rich text (Qt's HTML subset) as an A4 PDF with the margins of Vietnamese administrative documents
// (Nghị định 30/2020/NĐ-CP: top and bottom 20 mm, left 30 mm, right 15 mm) in Noto Serif, which covers
// Vietnamese and is embedded in the file, so the document reads the same on a machine without the font.
// Thread-safe: documents are laid out one at a time (fonts are shared by the whole process).
#include <QByteArray>
#include <QString>
#include <optional>

namespace sohoi::server {

constexpr double kPdfBodyPointSize = 13;

/// The PDF bytes; nullopt and *error (bilingual) when this process cannot lay out documents (no
/// QGuiApplication: headless_gui.h).
std::optional<QByteArray> pdfFromHtml(const QString& html, const QString& title, QString* error);

}  // namespace sohoi::server
