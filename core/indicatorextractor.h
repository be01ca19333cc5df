#pragma once
// Finds the indicator mentions of a report: each number with a unit is given the key its clause
// states (topic phrase + action words + unit, from the catalogue), with the facts that decide
// whether it is the report's headline value for that key.
#include "indicatorcatalogue.h"
#include "pagelayout.h"
#include "phrasematcher.h"
#include "sentencepattern.h"

#include <QRegularExpression>
#include <QString>
#include <QVector>

namespace fz {

struct Mention {
    QString key;
    double value = 0;
    QString unit;              // as written: 件, 起, 家次, 元, %
    bool approximate = false;
    int start = 0;             // UTF-16 span of the stated value (number through unit)
    int end = 0;
    int contextStart = 0;      // the clause(s) that state it
    int contextEnd = 0;
    bool headline = false;
    // Facts behind the headline choice.
    bool subpart = false;      // 其中…, carried over from last year, one procedure type
    bool department = false;
    bool subunits = false;
    bool campaign = false;     // one campaign's figure (专项行动中)
    bool body = false;
    bool whole = false;        // the body named as a whole (全市), not as its government (市政府)
    int total = 0;
    int sector = 0;
    bool fromTable = false;
    bool zero = false;         // stated in words (未发生行政诉讼案件)
    bool kindPart = false;     // internal: one kind of a total (撤销N件 among corrections)
    bool continued = false;    // internal: carried on from an earlier clause by a continuation word
    bool totalInClause = false;// internal: 共/共计/合计 in its own clause
    bool namedSubunit = false; // internal: a sub-unit's figure in a list naming them (叙州区2,418件)
    bool preferred = false;    // stated with its key's headline words (作出行政处罚决定): wins ties
};

class IndicatorExtractor
{
public:
    explicit IndicatorExtractor(const IndicatorCatalogue &catalogue = IndicatorCatalogue::builtin());

    // folded: the report text after fold(); layout: its body range and chrome lines;
    // coveredYear: the year the report covers (0 if unknown), which tells plans for later years
    // and figures of earlier ones; level: the reporting body's level ("department" when a
    // department reports alone, whose own figures are then the body's); region: the body's name
    // (another division named as a sentence's subject is then one of its sub-units);
    // coveredPart: 上半年 or 下半年 for a half-year report, whose figures for that half are its
    // levels but stand for no year, so none is a headline.
    QVector<Mention> extract(const QString &folded, const PageLayout &layout, int coveredYear = 0,
                             const QString &level = {}, const QString &region = {},
                             const QString &coveredPart = {}) const;

    const IndicatorCatalogue &catalogue() const { return m_catalogue; }

    enum Kind { Topic = 1, Action, Continuation, Exclude, Negation, Change, Subpart, Carryover, Subtype, Respectively, Target, Comparison, PerUnit, Foreign, EarlierRef, TotalWord, NotCounted };

private:
    const IndicatorCatalogue &m_catalogue;
    PhraseMatcher m_matcher;
    SentencePatterns m_sentencePatterns; // the zero statements in the catalogue's order, then:
    int m_otherPeriods = 0;
    int m_sinceYear = 0; // otherPeriods, then sinceYear last
};

// Marks at most one mention per key as the headline: the figure for the whole body and year.
void chooseHeadlines(QVector<Mention> &mentions);

} // namespace fz
