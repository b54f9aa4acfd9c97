#include "progress.h"

namespace sohoi::plan {

QString statusName(Status status) {
  switch (status) {
    case Status::Met:
      return QStringLiteral("met");
    case Status::NotMet:
      return QStringLiteral("not_met");
    case Status::NotApplicable:
      return QStringLiteral("not_applicable");
  }
  return {};
}

QString statusLabelVi(Status status) {
  switch (status) {
    case Status::Met:
      return QStringLiteral("Đạt");
    case Status::NotMet:
      return QStringLiteral("Chưa đạt");
    case Status::NotApplicable:
      return QStringLiteral("Không áp dụng");
  }
  return {};
}

QString statusLabelEn(Status status) {
  switch (status) {
    case Status::Met:
      return QStringLiteral("Met");
    case Status::NotMet:
      return QStringLiteral("Not yet met");
    case Status::NotApplicable:
      return QStringLiteral("Not applicable");
  }
  return {};
}

QString valueUnitName(ValueUnit unit) {
  switch (unit) {
    case ValueUnit::Count:
      return QStringLiteral("count");
    case ValueUnit::People:
      return QStringLiteral("people");
    case ValueUnit::Percent:
      return QStringLiteral("percent");
    case ValueUnit::Dong:
      return QStringLiteral("dong");
    case ValueUnit::Rating:
      return QStringLiteral("rating");
  }
  return {};
}

}  // namespace sohoi::plan
