#pragma once
// "5 phút trước": how long ago something happened, in the current language.
#include <QString>

namespace sohoi::app {

/// thenMs and nowMs are ms since the epoch; thenMs 0 means never.
QString relativeTimeText(qint64 thenMs, qint64 nowMs);

}  // namespace sohoi::app
