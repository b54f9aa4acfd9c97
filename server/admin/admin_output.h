#pragma once
// What every sohoi-admin command says when it refuses (one line in Vietnamese, then English, on err), and
// how commands write times.
#include <QByteArray>
#include <QString>
#include <QTextStream>
#include <optional>

namespace sohoi::server {

/// Writes "vi / en" to err; returns 1, the exit code of a refused command.
int refuse(QTextStream& err, const QString& vi, const QString& en);

/// Refuses a command that names a unit the tree does not have.
int refuseUnknown(QTextStream& err, const QString& unitId);

/// A time (ms since the Unix epoch) as "yyyy-MM-dd HH:mm" in local time; "-" for 0 (never).
QString formatTime(qint64 ms);

/// A device–server clock offset (server minus device, ms) as "+2d 03:15:00" or "-00:00:04"; "-" when unknown.
QString formatClockOffset(std::optional<qint64> ms);

/// Reads a whole file into *text; false (having said so on err) when it cannot be opened.
bool readFile(const QString& path, QByteArray* text, QTextStream& err);

}  // namespace sohoi::server
