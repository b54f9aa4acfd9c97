#pragma once
// Where the workspace saves the report files it downloads: each file written whole or not at all
// (QSaveFile), and never over a file already there — a report saved last week and opened by a colleague is
// not silently replaced; the new one is named "tien-do-19-2021 (2).pdf".
//
// Threading: plain file-system calls; any thread.
#include "common/status.h"

#include <QByteArray>
#include <QString>

namespace sohoi::client {

/// A path in folder for name that nothing occupies yet: name itself, else "base (2).ext", "base (3).ext", …
/// (for a folder name without an extension: "name (2)").
QString unusedPath(const QString& folder, const QString& name);

/// Writes bytes to a new file named like fileName (its last path component only: a name from the wire
/// never leads outside folder) in folder, made if missing. On success *savedPath is the file written.
Status saveReportFile(const QString& folder, const QString& fileName, const QByteArray& bytes, QString* savedPath);

}  // namespace sohoi::client
