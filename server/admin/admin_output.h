#pragma once
// What every sohoi-admin command says when it refuses: one line in Vietnamese, then English, on err.
#include <QByteArray>
#include <QString>
#include <QTextStream>

namespace sohoi::server {

/// Writes "vi / en" to err; returns 1, the exit code of a refused command.
int refuse(QTextStream& err, const QString& vi, const QString& en);

/// Refuses a command that names a unit the tree does not have.
int refuseUnknown(QTextStream& err, const QString& unitId);

/// Reads a whole file into *text; false (having said so on err) when it cannot be opened.
bool readFile(const QString& path, QByteArray* text, QTextStream& err);

}  // namespace sohoi::server
