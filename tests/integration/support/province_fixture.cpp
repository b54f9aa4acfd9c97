#include "province_fixture.h"

#include <stdexcept>

namespace sohoi::testing {

ProvinceFixture::ProvinceFixture() : db(demoDatabase(dir.path())), server(db) {
  if (!server.start()) throw std::runtime_error("server did not start: " + server.output().toStdString());
}

RawDevice ProvinceFixture::rawDevice(const QString& unit, const QString& role) {
  RawDevice device(server.address());
  const CallResult result = device.enroll(issueCode(db, unit, QStringLiteral("Nguyễn Thị Test"), role));
  if (!result.status.ok()) throw std::runtime_error("enrolment failed: " + result.status.error_message());
  return device;
}

}  // namespace sohoi::testing
