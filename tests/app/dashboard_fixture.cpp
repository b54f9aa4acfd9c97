#include "dashboard_fixture.h"

namespace sohoi::app::test {

namespace {

plan::IndicatorProgress figure(const QString& id, int group, double value, double target, plan::Status status) {
  plan::IndicatorProgress progress;
  progress.indicatorId = id;
  progress.group = group;
  progress.value = value;
  progress.target = target;
  progress.hasTarget = true;
  progress.status = status;
  return progress;
}

// A unit whose figures on the three indicators are: count c against 2, exemplars e against 3, media m
// against 6 (met when reached).
plan::UnitProgress unit(const QString& id, const QString& name, UnitLevel level, double c, double e, double m) {
  const auto judged = [](double value, double target) {
    return value >= target ? plan::Status::Met : plan::Status::NotMet;
  };
  return {id, name, level,
          {figure("1.2", 1, c, 2, judged(c, 2)), figure("1.3", 1, e, 3, judged(e, 3)), figure("2.3", 2, m, 6, judged(m, 6))},
          {}};
}

client::PlanInfo smallPlan() {
  return {QStringLiteral("19"), 2021, QStringLiteral("Chỉ tiêu 2021"), QStringLiteral("Targets 2021"),
          {{QStringLiteral("1.2"), 1, QStringLiteral("Mỗi cơ sở Hội ít nhất 02 điển hình"),
            QStringLiteral("Every commune unit finds at least 2 exemplars"), UnitLevel::Commune, QStringLiteral("coverage"), false},
           {QStringLiteral("1.3"), 1, QStringLiteral("Hàng quý 3 - 5 gương điển hình"),
            QStringLiteral("Every quarter, 3–5 exemplars"), UnitLevel::District, QStringLiteral("coverage"), true},
           {QStringLiteral("2.3"), 2, QStringLiteral("Ít nhất 06 tin/bài"), QStringLiteral("At least 6 media posts"),
            UnitLevel::District, QStringLiteral("count"), false}}};
}

}  // namespace

client::ProgressFetcher FakeProgressServer::fetcher() {
  return [this](const QString& unitId, int, const QString& asOf) { return answer(unitId, asOf); };
}

QStringList FakeProgressServer::calls() const {
  std::lock_guard lock(mutex_);
  return calls_;
}

void FakeProgressServer::failWith(std::optional<client::RpcError> error) {
  std::lock_guard lock(mutex_);
  fail_ = std::move(error);
}

client::RpcError FakeProgressServer::unreachable() {
  return {true, 14, ReasonCode::None, QStringLiteral("UNAVAILABLE"), QStringLiteral("Không có kết nối mạng"),
          QStringLiteral("No network connection")};
}

client::RpcError FakeProgressServer::refused() {
  return {false, 7, ReasonCode::OutOfScope, QStringLiteral("OUT_OF_SCOPE"), QStringLiteral("Ngoài phạm vi"),
          QStringLiteral("Out of scope")};
}

client::RpcResult<client::ProgressAnswer> FakeProgressServer::answer(const QString& unitId, const QString& asOf) {
  std::lock_guard lock(mutex_);
  calls_.append(unitId + QStringLiteral("@") + asOf);
  if (fail_) return client::RpcResult<client::ProgressAnswer>::failure(*fail_);
  client::ProgressAnswer answer{smallPlan(), {}, asOf.isEmpty() ? QDate(2021, 12, 31) : QDate::fromString(asOf, Qt::ISODate), 0};
  if (unitId == QStringLiteral("164")) {
    answer.unit = unit("164", QStringLiteral("TP Thái Nguyên"), UnitLevel::District, 1, 1, 2);
    answer.unit.children = {unit("05449", QStringLiteral("Phường Phan Đình Phùng"), UnitLevel::Commune, 2, 0, 0),
                            unit("05452", QStringLiteral("Phường Quang Trung"), UnitLevel::Commune, 0, 0, 0)};
  } else {
    answer.unit = unit("19", QStringLiteral("Tỉnh Thái Nguyên"), UnitLevel::Province, 1, 2, 9);
    answer.unit.children = {unit("164", QStringLiteral("TP Thái Nguyên"), UnitLevel::District, 1, 1, 2),
                            unit("173", QStringLiteral("TP Sông Công"), UnitLevel::District, 3, 4, 7),
                            unit("180", QStringLiteral("Huyện Định Hóa"), UnitLevel::District, 0, 0, 0)};
  }
  return client::RpcResult<client::ProgressAnswer>::success(std::move(answer));
}

}  // namespace sohoi::app::test
