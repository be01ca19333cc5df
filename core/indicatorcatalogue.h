#pragma once
// The indicator catalogue (resources/indicators/catalogue.json): keys, names in Chinese and
// English, families, the phrases that state each indicator, units, and the cues that decide
// scope and headlines. Loaded once and validated; phrases are folded like the texts they match.
#include <QHash>
#include <QString>
#include <QRegularExpression>
#include <QStringList>
#include <QVector>

namespace fz {

struct IndicatorDef {
    QString key;
    QString family;
    QString zh;
    QString en;
    QString topic;
    QStringList actions;     // action ids that select this key; empty with isDefault
    bool isDefault = false;  // chosen for its topic when no action selects another key
    bool core = false;       // scored key of INDICATORS.md
    QStringList units;       // measure words accepted (from its unit class plus extras)
    QString unit;            // unit shown for the key (件, 元, %)
    QString stored;          // what the stored value counts (cases, yuan, percent, ...)
    QString name(const QString &language) const { return language.startsWith(QLatin1String("zh")) ? zh : en; }
};

struct TopicDef {
    QString id;
    QStringList phrases;
    QStringList continuations; // words that carry the topic of an earlier clause into this one
    QStringList exclude;       // words in the clause that make its numbers not this topic's
    // A noun written right after the topic phrase that says what is counted when no action word
    // is written: 以…为被申请人的行政复议申请三件 counts applications received.
    QHash<QString, QString> nounActions;
};

struct ActionDef {
    QString id;
    QStringList phrases;
};

struct FamilyDef {
    QString id;
    QString zh;
    QString en;
    QString color; // #rrggbb
    QString name(const QString &language) const { return language.startsWith(QLatin1String("zh")) ? zh : en; }
};

struct ZeroRule {
    QString pattern; // regular expression over folded text
    QString key;
};

struct ScopeCues {
    QStringList change, comparison, changeToLevel, subpart, carryover, subtype, total, body, subunits, sector;
    QStringList departmentSuffixes, notDepartments, departmentPronouns, subjectPrefixes, notName;
    QVector<ZeroRule> zeroStatements;
    QStringList zeroSlogans;
    QStringList target, planHeadings, planOpeners, planEnd; // plans and targets are not levels
    QStringList carriedOutTarget; // 计划: a target unless its clause carries the plan out (执行年度检查计划，开展…)
    QStringList perUnit;         // 人均, 平均: a ratio, not a count
    QStringList foreignSuffixes; // 法院, 检察院: another institution's figures
    QStringList foreignOpeners; // 海关、税务…: another institution when it opens the clause
    QStringList zoneSelfNames; // 经开区, 新区: how a zone committee's report names the zone
    QStringList ownDefendant;    // 以行政机关为被告: the court's count of the body's own cases
    QStringList partWords, wholeWords; // 撤销N件 is one kind of 纠错: a part of the correction total
    QStringList campaign;          // 专项行动中: one campaign's figure, never the body's headline
    QStringList earlierReference;  // 由上年的73.2%: last year's value quoted for comparison
    // 街道综合执法大队, 镇综合执法中队: in a street's or town's report, its own enforcement team
    // (a name with one of these words, ending in 队, naming no other body) acts for it.
    QStringList townshipEnforcement;
    // 以街道办事处名义开展执法: a team acting in the township's own name, whatever it is called.
    QStringList townshipOwnName;
    // 全市行政机关负责人出庭应诉率: in a department's report, the whole government's figure.
    QStringList wholeGovernment;
    QStringList notCountedHere; // 不计入本局数据: the sentence's figures are not the reporting body's
    QStringList higherBodies;   // in a township's report, the county's or city's whole (全县, 全区)
    QStringList townshipBodies; // and the township's own (全镇, 我乡)
    // 另有…26件 opening a sentence: a figure besides the one stated before, never the whole.
    QStringList additional;
    // Regular expressions over folded text: a sentence that names another period before its
    // figure (1—11月, 上半年, 五年来, 十三五期间) states no level of the report's year; nor does one
    // counting since an earlier year (sinceYear, whose first group is the year: 2016年以来).
    QStringList otherPeriods;
    QString sinceYear;
    // Sub-units named in a list (翠屏区1,286件；叙州区2,418件, 青龙满族自治县、昌黎县分别为736件、1,097件):
    // names ending in a division suffix or collective names, joined and closed by listEnds.
    // subunitLead matches a whole lead of that kind, written before a figure in folded text.
    QStringList divisionSuffixes, subunitCollectives, subunitListEnds;
    // …and departments listed the same way (市场监管部门3,126件、生态环境部门412件).
    QStringList listedDepartmentSuffixes;
    // 全市…，其中直接纠错63件: 其中 followed by an action keeps the body's scope (其中市本级 narrows it).
    QStringList subpartSameScope;
    // 全区行政机关出庭应诉率100%，其中负责人出庭率11.5%: beside a figure said of the leaders, one said
    // of the organs (organWords, no leaderWords) is not an indicator whose name names leaders.
    QStringList leaderWords, organWords;
    // 总的看，2023年…: a summary of the covered year after the plans, itself no plan.
    QStringList planReviewOpeners;
    // Words that make a figure of a key the better headline among equals: 作出行政处罚决定418件 over
    // 立案查处…违法案件1,862件 (cases opened are not all penalised).
    QHash<QString, QStringList> headlineWords;
    QRegularExpression subunitLead;
    QString subunitLeadLast; // the characters such a lead may end with (before an opening bracket)
    QRegularExpression divisionName; // one name at the start: (?![全我本])…区

};

class IndicatorCatalogue
{
public:
    // The built-in catalogue; aborts with a message if the bundled file is invalid.
    static const IndicatorCatalogue &builtin();
    // Parses and validates; errors lists every problem found (empty when valid).
    static IndicatorCatalogue fromJson(const QByteArray &json, QStringList *errors);

    // The keys INDICATORS.md calls core: every catalogue must define them.
    static QStringList requiredCoreKeys();

    const QVector<IndicatorDef> &indicators() const { return m_indicators; }
    const QVector<TopicDef> &topics() const { return m_topics; }
    const QVector<ActionDef> &actions() const { return m_actions; }
    const QVector<FamilyDef> &families() const { return m_families; }
    const ScopeCues &cues() const { return m_cues; }
    const QStringList &negations() const { return m_negations; }

    const IndicatorDef *indicator(const QString &key) const;
    const FamilyDef *family(const QString &id) const;
    int topicIndex(const QString &id) const { return m_topicIndex.value(id, -1); }
    int actionIndex(const QString &id) const { return m_actionIndex.value(id, -1); }
    QStringList keys() const;

    // The keys a topic, the actions written with it and a unit select: those whose actions were
    // written, else the topic's default keys; only keys that accept the unit.
    QVector<const IndicatorDef *> keysFor(int topicIndex, const QVector<int> &actionIndexes, const QString &unit) const;

private:
    QVector<IndicatorDef> m_indicators;
    QVector<TopicDef> m_topics;
    QVector<ActionDef> m_actions;
    QVector<FamilyDef> m_families;
    ScopeCues m_cues;
    QStringList m_negations;
    QHash<QString, int> m_byKey, m_topicIndex, m_actionIndex, m_familyIndex;
    QVector<QVector<int>> m_byTopic;
};

} // namespace fz
