#pragma once
// One line on the server's standard error, as its background tasks report what they did or why they will
// try again (systemd's journal keeps it; see README "Production operations"). Thread-safe.
#include <QString>

namespace sohoi::server {

void logLine(const QString& line);

}  // namespace sohoi::server
