#include "demo_writer.h"


#include <QDateTime>


namespace sohoi::server {

DemoWriter::DemoWriter(Transaction& tx, quint64 seed) : records_(tx), positions_(tx), random_(seed) {
  authorId_ = uuidAt(QDate(2021, 1, 1));
  deviceId_ = uuidAt(QDate(2021, 1, 1));
}

QString DemoWriter::uuidAt(const QDate& date) {
  const quint64 ms = static_cast<quint64>(QDateTime(date, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
  const quint64 a = random_(), b = random_();
  const quint64 high = (ms << 16) | 0x7000u | (a & 0x0fffu);
  const quint64 low = (b & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
  const QString hex = QStringLiteral("%1%2").arg(high, 16, 16, QLatin1Char('0')).arg(low, 16, 16, QLatin1Char('0'));
  return hex.mid(0, 8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4) + QLatin1Char('-') +
         hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20, 12);
}

QString DemoWriter::add(RecordKind kind, const QString& unitId, const QVariantMap& fields, const QDate& date) {
  RecordVersion version;
  version.recordId = uuidAt(date);
  version.versionId = uuidAt(date);
  version.unitId = unitId;
  version.authorId = authorId_;
  version.deviceId = deviceId_;
  version.kind = kind;
  version.fields = fields;
  version.hlc = makeHlc(QDateTime(date, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch(), ++counter_);
  records_.insertVersion(version, StoredContent::of(version), positions_.take(), QDateTime::currentMSecsSinceEpoch());
  records_.saveHead({version.recordId, kind, unitId, version.versionId, ConflictState::None, false});
  ++count_;
  return version.recordId;
}

}  // namespace sohoi::server
