#include "plan_loader.h"

#include <algorithm>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include "plan_parser.h"
#include "plan_text.h"

namespace sohoi::plan {

using Range = QPair<qsizetype, qsizetype>;

QString PlanError::toString() const {
  return QStringLiteral("%1:%2: %3 / %4").arg(file).arg(line).arg(messageVi, messageEn);
}

bool PlanParser::parseTargets(const QJsonObject& object, Measure* measure) {
  bool ok = true;
  if (object.contains("min")) {
    double min = 0;
    ok = nonNegative(object, QStringLiteral("min"), &min);
    measure->min = static_cast<qint64>(min);
  }
  if (object.contains("percent_of_baseline")) {
    const QJsonObject share = object.value("percent_of_baseline").toObject();
    checkKeys(share, {"baseline", "percent"}, QStringLiteral("percent_of_baseline"));
    ok = baselineName(share, QStringLiteral("baseline"), &measure->shareBaseline) &&
         nonNegative(share, QStringLiteral("percent"), &measure->sharePercent) && ok;
  }
  if (!object.contains("min") && !object.contains("percent_of_baseline")) {
    fail(QStringLiteral("shape"), {}, QStringLiteral("cần \"min\" hoặc \"percent_of_baseline\""),
         QStringLiteral("needs \"min\" or \"percent_of_baseline\""));
    ok = false;
  }
  return ok;
}

bool PlanParser::parsePercents(const QJsonObject& object, Measure* measure, bool share) {
  bool ok = true;
  for (const QString& key : {QStringLiteral("min_percent"), QStringLiteral("max_percent")}) {
    if (!object.contains(key)) continue;
    double percent = 0;
    if (!nonNegative(object, key, &percent)) {
      ok = false;
    } else if (share && percent > 100) {  // a share of units; a ratio may exceed 100%
      fail(key, object.value(key), QStringLiteral("\"%1\" không được quá 100").arg(key),
           QStringLiteral("\"%1\" cannot exceed 100").arg(key));
      ok = false;
    }
    (key == QLatin1String("min_percent") ? measure->minPercent : measure->maxPercent) = percent;
  }
  if (!measure->minPercent && !measure->maxPercent) {
    fail(QStringLiteral("shape"), {}, QStringLiteral("cần \"min_percent\" hoặc \"max_percent\""),
         QStringLiteral("needs \"min_percent\" or \"max_percent\""));
    ok = false;
  }
  return ok;
}

bool PlanParser::parseMeasure(const QJsonObject& object, Measure* measure, bool nested) {
  const QJsonValue shapeValue = object.value("shape");
  const auto shape = shapeFromName(shapeValue.toString());
  if (!shape) {
    fail(
        QStringLiteral("shape"), shapeValue,
        QStringLiteral("dạng chỉ tiêu \"%1\" không tồn tại (count, coverage, distinct_people, ratio, growth, "
                       "distribution)")
            .arg(shapeValue.toString()),
        QStringLiteral("unknown shape \"%1\" (count, coverage, distinct_people, ratio, growth, distribution)")
            .arg(shapeValue.toString()));
    return false;
  }
  measure->shape = *shape;
  QStringList allowed{"shape"};
  if (!nested)
    allowed << "id"
            << "group"
            << "title_vi"
            << "title_en"
            << "level"
            << "period"
            << "reading"
            << "levels"
            << "unit_types";
  bool ok = true;
  switch (*shape) {
    case Shape::Count:
    case Shape::DistinctPeople: {
      const bool distinct = *shape == Shape::DistinctPeople;
      allowed << "records"
              << "latest_by"
              << "change" << "start_where" << "linked_in_period"
              << "min"
              << "percent_of_baseline";
      allowed << (distinct ? QStringList{"distinct", "fallback_field", "people_where", "per_person_sum"}
                           : QStringList{"sum"});
      ok = parseQuantity(object, &measure->quantity, distinct);
      ok = parseTargets(object, measure) && ok;
      break;
    }
    case Shape::Ratio:
      allowed << "numerator"
              << "denominator"
              << "min_percent"
              << "max_percent";
      ok = parseAmount(object.value("numerator"), QStringLiteral("numerator"), &measure->numerator);
      ok = parseAmount(object.value("denominator"), QStringLiteral("denominator"), &measure->denominator) &&
           ok;
      ok = parsePercents(object, measure, false) && ok;
      break;
    case Shape::Growth: {
      allowed << "baseline"
              << "current"
              << "absolute"
              << "percent"
              << "attraction_rule";
      ok = baselineName(object, QStringLiteral("baseline"), &measure->growthBaseline);
      ok = parseAmount(object.value("current"), QStringLiteral("current"), &measure->current) && ok;
      const int targets =
          object.contains("absolute") + object.contains("percent") + object.contains("attraction_rule");
      double number = 0;
      if (targets != 1) {
        fail(QStringLiteral("baseline"), {},
             QStringLiteral("cần đúng một trong absolute, percent, attraction_rule"),
             QStringLiteral("needs exactly one of absolute, percent, attraction_rule"));
        ok = false;
      } else if (object.contains("absolute")) {
        ok = nonNegative(object, QStringLiteral("absolute"), &number) && ok;
        measure->growthAbsolute = static_cast<qint64>(number);
      } else if (object.contains("percent")) {
        ok = nonNegative(object, QStringLiteral("percent"), &number) && ok;
        measure->growthPercent = number;
      } else {
        const QJsonObject rule = object.value("attraction_rule").toObject();
        checkKeys(rule, {"threshold_percent", "above_percent", "below_percent"},
                  QStringLiteral("attraction_rule"));
        AttractionRule parsed;
        ok = nonNegative(rule, QStringLiteral("threshold_percent"), &parsed.thresholdPercent) && ok;
        ok = nonNegative(rule, QStringLiteral("above_percent"), &parsed.abovePercent) && ok;
        ok = nonNegative(rule, QStringLiteral("below_percent"), &parsed.belowPercent) && ok;
        measure->attraction = parsed;
      }
      break;
    }
    case Shape::Coverage: {
      allowed << "per_unit"
              << "min_percent"
              << "max_percent";
      const QJsonObject perUnit = object.value("per_unit").toObject();
      const auto inner = shapeFromName(perUnit.value("shape").toString());
      if (nested || !inner || *inner == Shape::Coverage || *inner == Shape::Distribution) {
        fail(QStringLiteral("per_unit"), {},
             QStringLiteral("\"per_unit\" phải là một chỉ tiêu count, distinct_people, ratio hoặc growth"),
             QStringLiteral("\"per_unit\" must be a count, distinct_people, ratio or growth measure"));
        ok = false;
      } else {
        auto measured = std::make_shared<Measure>();
        ok = parseMeasure(perUnit, measured.get(), true);
        measure->perUnit = measured;
      }
      ok = parsePercents(object, measure, true) && ok;
      break;
    }
    case Shape::Distribution:
      allowed << "records"
              << "min_percent"
              << "max_percent";
      ok = parseFilter(object.value("records"), &measure->quantity.records);
      measure->quantity.latestBy = QStringLiteral("$unit");  // each unit's own latest rating for the period
      ok = parsePercents(object, measure, true) && ok;
      break;
  }
  checkKeys(object, allowed,
            nested ? QStringLiteral("per_unit") : QStringLiteral("shape %1").arg(shapeName(*shape)));
  return ok;
}

std::optional<Indicator> PlanParser::parseIndicator(const QJsonObject& object) {
  const size_t errorsBefore = errors_.size();
  Indicator indicator;
  indicator.line = lineAtOffset(text_, range_.first);
  indicator.id = object.value("id").toString().trimmed();
  if (indicator.id.isEmpty())
    fail(QStringLiteral("id"), {}, QStringLiteral("chỉ tiêu thiếu \"id\""),
         QStringLiteral("the indicator has no \"id\""));
  indicator.titleVi = object.value("title_vi").toString();
  indicator.titleEn = object.value("title_en").toString();
  if (indicator.titleVi.trimmed().isEmpty() || indicator.titleEn.trimmed().isEmpty())
    fail(QStringLiteral("id"), {},
         QStringLiteral("chỉ tiêu cần tên tiếng Việt và tiếng Anh (title_vi, title_en)"),
         QStringLiteral("the indicator needs a Vietnamese and an English title (title_vi, title_en)"));
  const QJsonValue group = object.value("group");
  indicator.group = group.toInt(-1);
  if (!group.isDouble() || indicator.group < 0 || indicator.group > 10)
    fail(QStringLiteral("group"), group, QStringLiteral("nhóm chỉ tiêu phải từ 1 đến 10 (0: nội dung khác)"),
         QStringLiteral("the target group must be 1 to 10 (0: other items)"));
  const QJsonValue level = object.value("level");
  if (!unitLevelFromName(level.toString(), &indicator.level))
    fail(QStringLiteral("level"), level,
         QStringLiteral("cấp \"%1\" không tồn tại (province, district, commune, branch)")
             .arg(level.toString()),
         QStringLiteral("bad level \"%1\" (province, district, commune, branch)").arg(level.toString()));
  const QString period = object.value("period").toString(QStringLiteral("year"));
  if (period == QLatin1String("quarter")) {
    indicator.period = Period::Quarter;
  } else if (period != QLatin1String("year")) {
    fail(QStringLiteral("period"), object.value("period"), QStringLiteral("kỳ phải là year hoặc quarter"),
         QStringLiteral("period must be year or quarter"));
  }
  indicator.reading = object.value("reading").toString();
  parseMeasure(object, &indicator.measure, false);
  parseJudgedUnits(object, &indicator);
  if (indicator.period == Period::Quarter)
    for (int quarter = 1; quarter <= 4; ++quarter) indicator.quarterMeasures.push_back(copyMeasure(indicator.measure));
  if (errors_.size() != errorsBefore) return std::nullopt;
  return indicator;
}

void PlanParser::parseJudgedUnits(const QJsonObject& object, Indicator* indicator) {
  const Shape shape = indicator->measure.shape;
  const bool overUnits = shape == Shape::Coverage || shape == Shape::Distribution;
  for (const char* key : {"levels", "unit_types"})
    if (object.contains(QLatin1String(key)) && !overUnits)
      fail(QString::fromLatin1(key), {}, QStringLiteral("\"%1\" chỉ dùng cho coverage và distribution").arg(QLatin1String(key)),
           QStringLiteral("\"%1\" is only for coverage and distribution").arg(QLatin1String(key)));
  for (const QJsonValue value : object.value("levels").toArray()) {
    UnitLevel level = UnitLevel::Branch;
    if (!unitLevelFromName(value.toString(), &level) ||
        std::find(indicator->levels.begin(), indicator->levels.end(), level) != indicator->levels.end() ||
        static_cast<int>(level) > static_cast<int>(indicator->level))
      fail(QStringLiteral("levels"), value,
           QStringLiteral("mỗi cấp trong \"levels\" một lần, không thấp hơn \"level\""),
           QStringLiteral("each level of \"levels\" once, none below \"level\""));
    else
      indicator->levels.push_back(level);
  }
  if (!indicator->levels.empty() &&
      std::find(indicator->levels.begin(), indicator->levels.end(), indicator->level) == indicator->levels.end())
    fail(QStringLiteral("levels"), {}, QStringLiteral("\"levels\" phải có cấp \"level\""),
         QStringLiteral("\"levels\" must include \"level\""));
  // Judging a unit on its own part of the subtree needs a figure that adds up over units: a count.
  const Measure* perUnit = indicator->measure.perUnit.get();
  if (indicator->levels.size() > 1 && shape == Shape::Coverage && perUnit &&
      perUnit->shape != Shape::Count && perUnit->shape != Shape::DistinctPeople)
    fail(QStringLiteral("levels"), {},
         QStringLiteral("coverage ở nhiều cấp cần \"per_unit\" dạng count hoặc distinct_people"),
         QStringLiteral("coverage over several levels needs a count or distinct_people \"per_unit\""));
  for (const QJsonValue value : object.value("unit_types").toArray()) {
    UnitType type = UnitType::Area;
    if (!unitTypeFromName(value.toString(), &type))
      fail(QStringLiteral("unit_types"), value,
           QStringLiteral("loại đơn vị \"%1\" không tồn tại (area, equivalent_unit, member_organisation)").arg(value.toString()),
           QStringLiteral("unknown unit type \"%1\" (area, equivalent_unit, member_organisation)").arg(value.toString()));
    else
      indicator->unitTypes.push_back(type);
  }
}

PlanLoadResult PlanParser::parse() {
  PlanLoadResult result;
  QJsonParseError parseError;
  const QJsonDocument document = QJsonDocument::fromJson(text_, &parseError);
  if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
    const bool syntax = parseError.error != QJsonParseError::NoError;
    result.errors.push_back({file_, syntax ? lineAtOffset(text_, parseError.offset) : 1,
                             syntax ? QStringLiteral("JSON không hợp lệ: %1").arg(parseError.errorString())
                                    : QStringLiteral("tệp kế hoạch phải là một đối tượng JSON"),
                             syntax ? QStringLiteral("invalid JSON: %1").arg(parseError.errorString())
                                    : QStringLiteral("a plan file must be a JSON object")});
    return result;
  }
  const QJsonObject root = document.object();
  checkKeys(root, {"format", "province", "year", "title_vi", "title_en", "source", "indicators", "review_levels"},
            QStringLiteral("plan"));
  Plan plan;
  plan.fileName = file_;
  if (root.value("format").toString() != QLatin1String("sohoi-plan/1"))
    fail(QStringLiteral("format"), root.value("format"),
         QStringLiteral("\"format\" phải là \"sohoi-plan/1\""),
         QStringLiteral("\"format\" must be \"sohoi-plan/1\""));
  plan.provinceId = root.value("province").toString();
  plan.year = root.value("year").toInt();
  if (plan.year < 2000 || plan.year > 2100)
    fail(QStringLiteral("year"), root.value("year"), QStringLiteral("năm kế hoạch không hợp lệ"),
         QStringLiteral("the plan year is not valid"));
  plan.titleVi = root.value("title_vi").toString();
  plan.titleEn = root.value("title_en").toString();
  plan.source = root.value("source").toString();
  for (const QJsonValue level : root.value("review_levels").toArray()) {
    UnitLevel parsed = UnitLevel::Branch;
    // A branch decides on nothing; a level named twice would wait for itself.
    if (!unitLevelFromName(level.toString(), &parsed) || parsed == UnitLevel::Branch ||
        std::find(plan.reviewLevels.begin(), plan.reviewLevels.end(), parsed) != plan.reviewLevels.end())
      fail(QStringLiteral("review_levels"), level,
           QStringLiteral("cấp duyệt phải là \"province\", \"district\" hoặc \"commune\", mỗi cấp một lần"),
           QStringLiteral("a review level must be \"province\", \"district\" or \"commune\", each once"));
    else
      plan.reviewLevels.push_back(parsed);
  }
  const QJsonArray indicators = root.value("indicators").toArray();
  if (indicators.isEmpty())
    fail(QStringLiteral("indicators"), {}, QStringLiteral("kế hoạch không có chỉ tiêu nào"),
         QStringLiteral("the plan has no indicators"));
  const auto ranges = arrayElementRanges(text_, "indicators");
  QHash<QString, int> seen;  // id → line of its first appearance
  for (qsizetype i = 0; i < indicators.size(); ++i) {
    range_ = i < ranges.size() ? ranges.at(i) : Range{0, text_.size()};
    const auto indicator = parseIndicator(indicators.at(i).toObject());
    if (!indicator) continue;
    if (seen.contains(indicator->id)) {
      fail(QStringLiteral("id"), indicator->id,
           QStringLiteral("mã chỉ tiêu \"%1\" bị trùng (đã có ở dòng %2)")
               .arg(indicator->id)
               .arg(seen.value(indicator->id)),
           QStringLiteral("duplicate indicator id \"%1\" (first on line %2)")
               .arg(indicator->id)
               .arg(seen.value(indicator->id)));
      continue;
    }
    seen.insert(indicator->id, lineOfKey(text_, range_, "id", jsonText(indicator->id)));
    plan.indicators.push_back(*indicator);
  }
  std::stable_sort(errors_.begin(), errors_.end(),
                   [](const PlanError& a, const PlanError& b) { return a.line < b.line; });
  result.errors = errors_;
  if (result.errors.empty()) result.plan = std::move(plan);
  return result;
}

PlanLoadResult parsePlan(const QByteArray& text, const QString& fileName) {
  return PlanParser(text, fileName).parse();
}

PlanLoadResult loadPlanFile(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    PlanLoadResult result;
    result.errors.push_back({path, 0,
                             QStringLiteral("không mở được tệp kế hoạch: %1").arg(file.errorString()),
                             QStringLiteral("cannot open the plan file: %1").arg(file.errorString())});
    return result;
  }
  return parsePlan(file.readAll(), path);
}

}  // namespace sohoi::plan
