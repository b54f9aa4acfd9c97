#pragma once
// A demo-province server on loopback, with a helper to watch it through a province-wide device.
#include "raw_device.h"
#include "server_process.h"

#include <QTemporaryDir>

namespace sohoi::testing {

struct ProvinceFixture {
  QTemporaryDir dir;
  QString db;
  ServerProcess server;
  ProvinceFixture();

  /// A raw device enrolled at unit (the province root by default), in role (empty: the unit level's).
  RawDevice rawDevice(const QString& unit = QStringLiteral("19"), const QString& role = {});
  /// A path for a device's store inside the fixture's folder.
  QString storePath(const QString& name) const { return dir.filePath(name + QStringLiteral(".db")); }
};

}  // namespace sohoi::testing
