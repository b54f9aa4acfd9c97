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
  Q_PROPERTY(bool searching READ searching NOTIFY searchingChanged)

 public:
  explicit PlaceSource(QObject* parent = nullptr);

  /// Whether the platform offers a position source at all (the source itself is made on first use).
  bool available() const;
  /// Between locate() and the device's answer (a place, or none in time).
  bool searching() const { return searching_; }
  /// Asks for one position; placeFound follows when the device answers within its time.
  Q_INVOKABLE void locate();

 signals:
  /// Microdegrees and metres, as a record keeps them (records.proto).
  void placeFound(qint64 latitudeE6, qint64 longitudeE6, qint64 accuracyM);
  void searchingChanged();

 private:
  void setSearching(bool searching);

  QGeoPositionInfoSource* source_ = nullptr;
  bool searching_ = false;
};

}  // namespace sohoi::app
