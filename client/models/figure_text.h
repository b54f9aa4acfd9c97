#pragma once
// A progress figure as people read it, in the app's language: counts with thousands separators, shares
// as "72,5%", money as "200.000 đ" (GLOSSARY: Vietnamese number style).
#include "plan/progress.h"

#include <QString>

namespace sohoi::app {

QString figureText(double value, plan::ValueUnit unit);

}  // namespace sohoi::app
