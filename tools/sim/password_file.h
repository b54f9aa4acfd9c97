#pragma once
// A password given to a tool the way sohoi-admin takes one: the first line of a file, or of standard
// input for "-", never on the command line (where other users' `ps` would see it).
#include <QString>
#include <optional>

namespace sohoi::tools::sim {

/// The first line of path ("-": standard input) without its line end; nullopt and *error when unreadable.
std::optional<QString> readPasswordFile(const QString& path, QString* error);

}  // namespace sohoi::tools::sim
