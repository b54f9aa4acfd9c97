#include "progress_codec.h"

#include "wire/progress_codec.h"

namespace sohoi::client {

namespace {

QString text(const std::string& value) { return QString::fromStdString(value); }

}  // namespace

ProgressAnswer fromProto(const v1::GetProgressResponse& response) {
  ProgressAnswer answer;
  const v1::PlanInfo& plan = response.plan();
  answer.plan.provinceId = text(plan.province_id());
  answer.plan.year = plan.year();
  answer.plan.titleVi = text(plan.title_vi());
  answer.plan.titleEn = text(plan.title_en());
  for (const v1::IndicatorInfo& info : plan.indicators())
    answer.plan.indicators.push_back({text(info.id()), static_cast<int>(info.group()), text(info.title_vi()),
                                      text(info.title_en()), static_cast<UnitLevel>(info.level()), text(info.shape()),
                                      info.period() == "quarter"});
  answer.unit = sohoi::fromProto(response.unit());
  answer.asOf = QDate::fromString(text(response.as_of()), Qt::ISODate);
  answer.serverTimeMs = static_cast<qint64>(response.server_time_ms());
  return answer;
}

QByteArray encodeProgressAnswer(const ProgressAnswer& answer) {
  v1::GetProgressResponse response;
  v1::PlanInfo* plan = response.mutable_plan();
  plan->set_province_id(answer.plan.provinceId.toStdString());
  plan->set_year(answer.plan.year);
  plan->set_title_vi(answer.plan.titleVi.toStdString());
  plan->set_title_en(answer.plan.titleEn.toStdString());
  for (const IndicatorInfo& indicator : answer.plan.indicators) {
    v1::IndicatorInfo* info = plan->add_indicators();
    info->set_id(indicator.id.toStdString());
    info->set_group(static_cast<quint32>(indicator.group));
    info->set_title_vi(indicator.titleVi.toStdString());
    info->set_title_en(indicator.titleEn.toStdString());
    info->set_level(static_cast<v1::UnitLevel>(indicator.level));
    info->set_shape(indicator.shape.toStdString());
    info->set_period(indicator.quarterly ? "quarter" : "year");
  }
  sohoi::toProto(answer.unit, response.mutable_unit());
  response.set_as_of(answer.asOf.toString(Qt::ISODate).toStdString());
  response.set_server_time_ms(static_cast<quint64>(answer.serverTimeMs));
  return QByteArray::fromStdString(response.SerializeAsString());
}

std::optional<ProgressAnswer> decodeProgressAnswer(const QByteArray& bytes) {
  v1::GetProgressResponse response;
  if (!response.ParseFromArray(bytes.constData(), static_cast<int>(bytes.size()))) return std::nullopt;
  return fromProto(response);
}

}  // namespace sohoi::client
