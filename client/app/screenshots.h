#pragma once
#include <QString>

namespace sohoi::app {

/// Renders home, lists, forms (every kind's list or form at least once), a record, sync, settings and
/// enrolment at 1280×800 and 360×640 in both languages to dir/<lang>-<size>-<page>.png, from a demo
/// branch's store (no server needed), and a commune's pages to dir/<lang>-<size>-commune-<page>.png. planPath: a plan file
/// the demo store holds as if a pull had brought it; empty shows the home page before a first sync.
/// Returns an exit code.
int renderScreenshots(const QString& dir, const QString& planPath);

}  // namespace sohoi::app
