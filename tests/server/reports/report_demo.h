#pragma once
// What the report tests read: the realistic demo province (2 records per branch) in a SQLite file made once
// per test run, and poppler's command-line tools, which read the PDFs back as a person's viewer would.
#include <QString>
#include <QStringList>

namespace sohoi::server::test {

/// The demo database's spec (SQLite, or PostgreSQL: tests/support/test_database.h); loaded at the first call.
QString reportDemoDatabase();
/// A fresh folder's path for the test's files, removed when the test run ends.
QString reportScratchFolder();
/// Runs poppler's tool (pdftotext, pdftoppm, pdffonts) and returns its standard output; fails the test,
/// naming the Debian package, when the tool is not installed.
QString runPoppler(const QString& tool, const QStringList& arguments);

}  // namespace sohoi::server::test
