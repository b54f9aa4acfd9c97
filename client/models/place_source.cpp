#include "place_source.h"

#include <QGeoPositionInfoSource>
#include <cmath>

namespace sohoi::app {

namespace {

constexpr int kLocateTimeoutMs = 30 * 1000;  // a cold GPS takes tens of seconds; the form does not wait

}  // namespace

PlaceSource::PlaceSource(QObject* parent) : QObject(parent) {}

bool PlaceSource::available() const { return !QGeoPositionInfoSource::availableSources().isEmpty(); }

void PlaceSource::setSearching(bool searching) {
  if (searching_ == searching) return;
  searching_ = searching;
  emit searchingChanged();
}

void PlaceSource::locate() {
  if (!source_) {
    source_ = QGeoPositionInfoSource::createDefaultSource(this);
    if (!source_) return;
    connect(source_, &QGeoPositionInfoSource::positionUpdated, this, [this](const QGeoPositionInfo& info) {
      setSearching(false);
      if (!info.isValid()) return;
      const QGeoCoordinate at = info.coordinate();
      const double accuracy = info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy)
                                  ? info.attribute(QGeoPositionInfo::HorizontalAccuracy)
                                  : 0.0;
      emit placeFound(std::llround(at.latitude() * 1e6), std::llround(at.longitude() * 1e6),
                      std::llround(accuracy));
    });
    connect(source_, &QGeoPositionInfoSource::errorOccurred, this, [this] { setSearching(false); });
  }
  setSearching(true);
  source_->requestUpdate(kLocateTimeoutMs);
}

}  // namespace sohoi::app
