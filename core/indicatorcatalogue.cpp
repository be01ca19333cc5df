#include "indicatorcatalogue.h"
#include "textfold.h"

#include <QFile>
#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace fz {
namespace {

// Longest first, so that 自治县 is tried before 县.
QString alternation(QStringList words)
{
    std::sort(words.begin(), words.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (QString &w : words)
        w = QRegularExpression::escape(w);
    return QStringLiteral("(?:") + words.join(u'|') + u')';
}

// Characters of a division's name, by range: PCRE2's \p{Han} also takes 、 and 。 (script
// extensions). No function words; 和, 及, 与 join names, so only a name's first character may be one
// (和平区).
const QString kNameFirst = QStringLiteral("(?:(?![的是较对在为等有])[\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}])");
const QString kNameChar = QStringLiteral("(?:(?![的是较对在为等有和及与])[\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}])");

// One division's name at the start of a text: 埇桥区, not 全市 or 我区.
QRegularExpression divisionNamePattern(const ScopeCues &s)
{
    if (s.divisionSuffixes.isEmpty())
        return {};
    return QRegularExpression(QStringLiteral("^(?![全我本该各])%1%2{0,9}?%3").arg(kNameFirst, kNameChar, alternation(s.divisionSuffixes)));
}

// A division's name is up to ten characters (no function words) before a division suffix, or a
// counted or 各 collective (15个镇, 各县区, 其余4个县) before one; a bracket may follow each name
// (各县区(含开发区、北戴河新区)), 等N个街道 or 等功能区 may close the list, then 共办理 / 分别为 and the like.
QRegularExpression subunitLeadPattern(const ScopeCues &s)
{
    if (s.divisionSuffixes.isEmpty())
        return {};
    const QString &han = kNameChar;
    const QString &first = kNameFirst;
    const QString count = QStringLiteral("[0-9一二三四五六七八九十两]+个");
    const QString suffix = alternation(s.divisionSuffixes + s.listedDepartmentSuffixes);
    const QString name = QStringLiteral("(?:(?:其余|其他|另)?(?:各|%1)%2{0,8}?|(?![全我本该])%4%2{0,9}?)%3").arg(count, han, suffix, first);
    QString item = name;
    if (!s.subunitCollectives.isEmpty())
        item = QStringLiteral("(?:%1|%2)").arg(alternation(s.subunitCollectives), name);
    item += QStringLiteral("(?:\\([^()0-9]{1,20}\\))?");
    const QString ends = s.subunitListEnds.isEmpty() ? QString() : alternation(s.subunitListEnds) + u'?';
    // 排名后两位的是铜川市(3,412件): a ranking's lead-in before the names.
    const QString ranking = QStringLiteral("(?:排名[前后][0-9一二三四五六七八九十两]+[位名]?的?(?:分别)?(?:是|为))?");
    return QRegularExpression(QStringLiteral("^") + ranking + QStringLiteral("%1(?:(?:、|和|及|与)%1)*(?:等(?:%2)?%3{0,4}?%4)?%5\\(?$")
                                  .arg(item, count, han, suffix, ends));
}

QStringList foldedList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray()) {
        const QString s = fold(e.toString().trimmed());
        if (!s.isEmpty())
            out << s;
    }
    return out;
}

} // namespace

QStringList IndicatorCatalogue::requiredCoreKeys()
{
    return {QStringLiteral("reconsideration.received"), QStringLiteral("reconsideration.accepted"),
            QStringLiteral("reconsideration.concluded"), QStringLiteral("reconsideration.corrected"),
            QStringLiteral("penalty.cases"), QStringLiteral("penalty.amount"), QStringLiteral("litigation.cases"),
            QStringLiteral("court.appearances"), QStringLiteral("court.appearance_rate"),
            QStringLiteral("enforcement.inspections")};
}

IndicatorCatalogue IndicatorCatalogue::fromJson(const QByteArray &json, QStringList *errors)
{
    IndicatorCatalogue c;
    QStringList errs;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (doc.isNull() || !doc.isObject()) {
        errs << QStringLiteral("not a JSON object: %1").arg(pe.errorString());
        if (errors) *errors = errs;
        return c;
    }
    const QJsonObject root = doc.object();

    QHash<QString, QStringList> unitClasses;
    const QJsonObject uc = root.value(QLatin1String("unitClasses")).toObject();
    for (auto it = uc.begin(); it != uc.end(); ++it)
        unitClasses.insert(it.key(), foldedList(it.value()));
    if (unitClasses.isEmpty())
        errs << QStringLiteral("no unitClasses");

    for (const QJsonValue &v : root.value(QLatin1String("families")).toArray()) {
        const QJsonObject o = v.toObject();
        FamilyDef f{o.value(QLatin1String("id")).toString(), o.value(QLatin1String("zh")).toString(),
                    o.value(QLatin1String("en")).toString(), o.value(QLatin1String("color")).toString()};
        if (f.id.isEmpty() || f.zh.isEmpty() || f.en.isEmpty())
            errs << QStringLiteral("family without id or names");
        static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
        if (!colour.match(f.color).hasMatch())
            errs << QStringLiteral("family %1: colour '%2' is not #rrggbb").arg(f.id, f.color);
        c.m_familyIndex.insert(f.id, int(c.m_families.size()));
        c.m_families.append(f);
    }
    for (const QJsonValue &v : root.value(QLatin1String("topics")).toArray()) {
        const QJsonObject o = v.toObject();
        TopicDef t{o.value(QLatin1String("id")).toString(), foldedList(o.value(QLatin1String("phrases"))),
                   foldedList(o.value(QLatin1String("continuations"))), foldedList(o.value(QLatin1String("exclude")))};
        const QJsonObject nouns = o.value(QLatin1String("nounActions")).toObject();
        for (auto it = nouns.begin(); it != nouns.end(); ++it)
            t.nounActions.insert(fold(it.key()), it.value().toString());
        if (t.id.isEmpty() || t.phrases.isEmpty())
            errs << QStringLiteral("topic '%1' has no phrases").arg(t.id);
        if (c.m_topicIndex.contains(t.id))
            errs << QStringLiteral("topic '%1' defined twice").arg(t.id);
        c.m_topicIndex.insert(t.id, int(c.m_topics.size()));
        c.m_topics.append(t);
    }
    for (const QJsonValue &v : root.value(QLatin1String("actions")).toArray()) {
        const QJsonObject o = v.toObject();
        ActionDef a{o.value(QLatin1String("id")).toString(), foldedList(o.value(QLatin1String("phrases")))};
        if (a.id.isEmpty() || a.phrases.isEmpty())
            errs << QStringLiteral("action '%1' has no phrases").arg(a.id);
        c.m_actionIndex.insert(a.id, int(c.m_actions.size()));
        c.m_actions.append(a);
    }
    c.m_negations = foldedList(root.value(QLatin1String("negations")));

    for (const QJsonValue &v : root.value(QLatin1String("indicators")).toArray()) {
        const QJsonObject o = v.toObject();
        IndicatorDef d;
        d.key = o.value(QLatin1String("key")).toString();
        d.family = o.value(QLatin1String("family")).toString();
        d.zh = o.value(QLatin1String("zh")).toString();
        d.en = o.value(QLatin1String("en")).toString();
        d.topic = o.value(QLatin1String("topic")).toString();
        for (const QJsonValue &a : o.value(QLatin1String("actions")).toArray())
            d.actions << a.toString();
        d.isDefault = o.value(QLatin1String("default")).toBool();
        d.core = o.value(QLatin1String("core")).toBool();
        const QString unitClass = o.value(QLatin1String("unitClass")).toString();
        d.units = unitClasses.value(unitClass) + foldedList(o.value(QLatin1String("extraUnits")));
        d.unit = o.value(QLatin1String("unit")).toString();
        d.stored = o.value(QLatin1String("stored")).toString();
        const QString where = QStringLiteral("indicator '%1'").arg(d.key);
        static const QRegularExpression keyRe(QStringLiteral("^[a-z_]+(\\.[a-z_]+)?$"));
        if (!keyRe.match(d.key).hasMatch())
            errs << where + QStringLiteral(": key must be lower-case words joined by a dot");
        if (c.m_byKey.contains(d.key))
            errs << where + QStringLiteral(": defined twice");
        if (d.zh.isEmpty() || d.en.isEmpty())
            errs << where + QStringLiteral(": needs both a Chinese and an English name");
        if (!c.m_familyIndex.contains(d.family))
            errs << where + QStringLiteral(": unknown family '%1'").arg(d.family);
        if (!c.m_topicIndex.contains(d.topic))
            errs << where + QStringLiteral(": unknown topic '%1'").arg(d.topic);
        if (!unitClasses.contains(unitClass))
            errs << where + QStringLiteral(": unknown unit class '%1'").arg(unitClass);
        for (const QString &a : d.actions)
            if (!c.m_actionIndex.contains(a))
                errs << where + QStringLiteral(": unknown action '%1'").arg(a);
        if (d.actions.isEmpty() && !d.isDefault)
            errs << where + QStringLiteral(": neither actions nor default, so nothing selects it");
        if (d.unit.isEmpty() || d.stored.isEmpty())
            errs << where + QStringLiteral(": unit and stored are required");
        c.m_byKey.insert(d.key, int(c.m_indicators.size()));
        c.m_indicators.append(d);
    }
    for (const TopicDef &t : std::as_const(c.m_topics))
        for (const QString &a : t.nounActions)
            if (!c.m_actionIndex.contains(a))
                errs << QStringLiteral("topic '%1': unknown action '%2' for a noun").arg(t.id, a);
    for (const QString &k : requiredCoreKeys()) {
        const IndicatorDef *d = c.indicator(k);
        if (!d)
            errs << QStringLiteral("core key '%1' of INDICATORS.md is missing").arg(k);
        else if (!d->core)
            errs << QStringLiteral("core key '%1' is not marked core").arg(k);
    }

    const QJsonObject cues = root.value(QLatin1String("cues")).toObject();
    ScopeCues &s = c.m_cues;
    s.change = foldedList(cues.value(QLatin1String("change")));
    s.comparison = foldedList(cues.value(QLatin1String("comparison")));
    s.changeToLevel = foldedList(cues.value(QLatin1String("changeToLevel")));
    s.subpart = foldedList(cues.value(QLatin1String("subpart")));
    s.carryover = foldedList(cues.value(QLatin1String("carryover")));
    s.subtype = foldedList(cues.value(QLatin1String("subtype")));
    s.total = foldedList(cues.value(QLatin1String("total")));
    s.body = foldedList(cues.value(QLatin1String("body")));
    s.subunits = foldedList(cues.value(QLatin1String("subunits")));
    s.sector = foldedList(cues.value(QLatin1String("sector")));
    s.departmentSuffixes = foldedList(cues.value(QLatin1String("departmentSuffixes")));
    s.notDepartments = foldedList(cues.value(QLatin1String("notDepartments")));
    s.departmentPronouns = foldedList(cues.value(QLatin1String("departmentPronouns")));
    s.subjectPrefixes = foldedList(cues.value(QLatin1String("subjectPrefixes")));
    s.notName = foldedList(cues.value(QLatin1String("notName")));
    s.zeroSlogans = foldedList(cues.value(QLatin1String("zeroSlogans")));
    s.target = foldedList(cues.value(QLatin1String("target")));
    s.carriedOutTarget = foldedList(cues.value(QLatin1String("carriedOutTarget")));
    s.planHeadings = foldedList(cues.value(QLatin1String("planHeadings")));
    s.planOpeners = foldedList(cues.value(QLatin1String("planOpeners")));
    s.planEnd = foldedList(cues.value(QLatin1String("planEnd")));
    s.perUnit = foldedList(cues.value(QLatin1String("perUnit")));
    s.foreignSuffixes = foldedList(cues.value(QLatin1String("foreignSuffixes")));
    s.foreignOpeners = foldedList(cues.value(QLatin1String("foreignOpeners")));
    s.zoneSelfNames = foldedList(cues.value(QLatin1String("zoneSelfNames")));
    s.ownDefendant = foldedList(cues.value(QLatin1String("ownDefendant")));
    s.partWords = foldedList(cues.value(QLatin1String("partWords")));
    s.campaign = foldedList(cues.value(QLatin1String("campaign")));
    s.earlierReference = foldedList(cues.value(QLatin1String("earlierReference")));
    s.wholeWords = foldedList(cues.value(QLatin1String("wholeWords")));
    s.townshipEnforcement = foldedList(cues.value(QLatin1String("townshipEnforcement")));
    s.higherBodies = foldedList(cues.value(QLatin1String("higherBodies")));
    s.townshipOwnName = foldedList(cues.value(QLatin1String("townshipOwnName")));
    s.notCountedHere = foldedList(cues.value(QLatin1String("notCountedHere")));
    s.wholeGovernment = foldedList(cues.value(QLatin1String("wholeGovernment")));
    s.townshipBodies = foldedList(cues.value(QLatin1String("townshipBodies")));
    s.additional = foldedList(cues.value(QLatin1String("additional")));
    s.otherPeriods = foldedList(cues.value(QLatin1String("otherPeriods")));
    s.sinceYear = fold(cues.value(QLatin1String("sinceYear")).toString());
    s.divisionSuffixes = foldedList(cues.value(QLatin1String("divisionSuffixes")));
    s.subunitCollectives = foldedList(cues.value(QLatin1String("subunitCollectives")));
    s.subunitListEnds = foldedList(cues.value(QLatin1String("subunitListEnds")));
    s.listedDepartmentSuffixes = foldedList(cues.value(QLatin1String("listedDepartmentSuffixes")));
    s.subpartSameScope = foldedList(cues.value(QLatin1String("subpartSameScope")));
    s.leaderWords = foldedList(cues.value(QLatin1String("leaderWords")));
    s.organWords = foldedList(cues.value(QLatin1String("organWords")));
    s.planReviewOpeners = foldedList(cues.value(QLatin1String("planReviewOpeners")));
    const QJsonObject headlineWords = cues.value(QLatin1String("headlineWords")).toObject();
    for (auto it = headlineWords.begin(); it != headlineWords.end(); ++it)
        s.headlineWords.insert(it.key(), foldedList(it.value()));
    s.subunitLead = subunitLeadPattern(s);
    for (const QStringList *l : {&s.divisionSuffixes, &s.listedDepartmentSuffixes, &s.subunitCollectives, &s.subunitListEnds})
        for (const QString &w : *l)
            if (!w.isEmpty() && !s.subunitLeadLast.contains(w.back()))
                s.subunitLeadLast += w.back();
    s.subunitLeadLast += u')'; // 各县区(含开发区)
    s.divisionName = divisionNamePattern(s);
    if (!s.divisionSuffixes.isEmpty() && !s.subunitLead.isValid())
        errs << QStringLiteral("division suffixes make no valid expression: %1").arg(s.subunitLead.errorString());
    for (const QString &pattern : s.otherPeriods + QStringList{s.sinceYear})
        if (!QRegularExpression(pattern).isValid())
            errs << QStringLiteral("period pattern '%1' is not a valid regular expression").arg(pattern);
    for (const QJsonValue &v : cues.value(QLatin1String("zeroStatements")).toArray()) {
        const QJsonObject o = v.toObject();
        ZeroRule z{fold(o.value(QLatin1String("pattern")).toString()), o.value(QLatin1String("key")).toString()};
        if (!QRegularExpression(z.pattern).isValid())
            errs << QStringLiteral("zero statement '%1' is not a valid regular expression").arg(z.pattern);
        if (!c.m_byKey.contains(z.key))
            errs << QStringLiteral("zero statement '%1' names unknown key '%2'").arg(z.pattern, z.key);
        s.zeroStatements.append(z);
    }
    if (s.change.isEmpty() || s.total.isEmpty() || s.body.isEmpty())
        errs << QStringLiteral("cues: change, total and body lists are required");
    c.m_byTopic.resize(c.m_topics.size());
    for (int i = 0; i < c.m_indicators.size(); ++i) {
        const int t = c.m_topicIndex.value(c.m_indicators.at(i).topic, -1);
        if (t >= 0)
            c.m_byTopic[t].append(i);
    }
    if (errors)
        *errors = errs;
    return c;
}

QVector<const IndicatorDef *> IndicatorCatalogue::keysFor(int topicIndex, const QVector<int> &actionIndexes,
                                                          const QString &unit) const
{
    QVector<const IndicatorDef *> byAction, byDefault;
    if (topicIndex < 0 || topicIndex >= m_byTopic.size())
        return byAction;
    for (int i : m_byTopic.at(topicIndex)) {
        const IndicatorDef &d = m_indicators.at(i);
        if (!d.units.contains(unit))
            continue;
        bool selected = false;
        for (const QString &a : d.actions)
            if (actionIndexes.contains(m_actionIndex.value(a, -1))) { selected = true; break; }
        if (selected)
            byAction.append(&d);
        else if (d.isDefault)
            byDefault.append(&d);
    }
    return byAction.isEmpty() ? byDefault : byAction;
}

const IndicatorCatalogue &IndicatorCatalogue::builtin()
{
    static const IndicatorCatalogue catalogue = [] {
        QFile f(QStringLiteral(":/fazhi/indicators/catalogue.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("indicator catalogue resource missing");
        QStringList errors;
        IndicatorCatalogue c = fromJson(f.readAll(), &errors);
        if (!errors.isEmpty())
            qFatal("invalid indicator catalogue: %s", qPrintable(errors.join(QLatin1String("; "))));
        return c;
    }();
    return catalogue;
}

const IndicatorDef *IndicatorCatalogue::indicator(const QString &key) const
{
    const auto it = m_byKey.constFind(key);
    return it == m_byKey.constEnd() ? nullptr : &m_indicators.at(*it);
}

const FamilyDef *IndicatorCatalogue::family(const QString &id) const
{
    const auto it = m_familyIndex.constFind(id);
    return it == m_familyIndex.constEnd() ? nullptr : &m_families.at(*it);
}

QStringList IndicatorCatalogue::keys() const
{
    QStringList out;
    for (const IndicatorDef &d : m_indicators)
        out << d.key;
    return out;
}

} // namespace fz
