#pragma once
// Where the device is, when it can tell (Qt Positioning): asked once when a form for a new record opens,
// so the record carries the place it was made at. A device without a position source, or one that does
// not answer in time, leaves the place empty; nothing waits for it.
#include <QObject>
#include <QtQml/qqmlregistration.h>

class QGeoPositionInfoSource;

namespace sohoi::app {

class PlaceSource : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(bool available READ available CONSTANT)

 public:
  explicit PlaceSource(QObject* parent = nullptr);

  bool available() const { return source_ != nullptr; }
  /// Asks for one position; placeFound follows when the device answers within its time.
  Q_INVOKABLE void locate();

 signals:
  /// Microdegrees and metres, as a record keeps them (records.proto).
  void placeFound(qint64 latitudeE6, qint64 longitudeE6, qint64 accuracyM);

 private:
  QGeoPositionInfoSource* source_ = nullptr;
};

}  // namespace sohoi::app
