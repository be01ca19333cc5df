// Headlines: for each key, the one mention that stands for the whole reporting body and year.
#include "indicatorextractor.h"

#include <QHash>
#include <QString>
#include <cmath>

namespace fz {

namespace {
int score(const Mention &m)
{
    // 全市各级行政复议机关 beats 市政府: the city as a whole, not its government's own share.
    return (m.body ? 2 : 0) + (m.body && m.whole ? 1 : 0) + m.total - m.sector;
}

// 出庭应诉案件2960件、出庭3215人次: cases, not the people counted in them, make the figure.
bool countsPeople(const Mention &m)
{
    return m.unit == u"人次" || m.unit == u"人";
}

// Between two figures that both speak for the whole body or year: the broader, then a count of
// cases over one of people, then the larger (a total is at least its parts).
// Digits a value is stated with, trailing zeros left out: 12,036 has five, 1.2万 (12000) two.
int significantDigits(double v)
{
    QString t = QString::number(std::fabs(v), 'f', 4);
    t.remove(u'.');
    while (t.startsWith(u'0'))
        t.remove(0, 1);
    while (t.endsWith(u'0'))
        t.chop(1);
    return int(t.size());
}

// 办理行政处罚案件1.2万余件 in a summary and 12,036件 in the detail: the same figure, the second stated
// exactly. Within one unit of the rounded figure's last digit, with at least two digits more.
bool restatesExactly(const Mention &exact, const Mention &rounded)
{
    if (exact.approximate)
        return false;
    const int digits = significantDigits(rounded.value);
    if (digits == 0 || significantDigits(exact.value) < digits + 2)
        return false;
    const double magnitude = std::floor(std::log10(std::fabs(rounded.value)));
    const double unit = std::pow(10.0, magnitude - digits + 1);
    return std::fabs(exact.value - rounded.value) <= unit;
}

bool broader(const Mention &a, const Mention &b)
{
    if (score(a) != score(b))
        return score(a) > score(b);
    if (countsPeople(a) != countsPeople(b))
        return !countsPeople(a);
    if (a.preferred != b.preferred)
        return a.preferred;
    return a.value > b.value;
}
}

void chooseHeadlines(QVector<Mention> &mentions)
{
    QHash<QString, QVector<int>> byKey;
    for (int i = 0; i < mentions.size(); ++i) {
        mentions[i].headline = false;
        byKey[mentions.at(i).key].append(i);
    }
    for (auto it = byKey.begin(); it != byKey.end(); ++it) {
        QVector<int> whole;     // not a part of another figure
        QVector<int> eligible;  // and not one department's or the sub-units' sum
        for (int i : it.value()) {
            const Mention &m = mentions.at(i);
            if (m.subpart)
                continue;
            whole.append(i);
            if (!m.department && !m.campaign && !(m.subunits && !m.body))
                eligible.append(i);
        }
        if (eligible.isEmpty())
            continue;
        int best = -1;
        // Besides campaigns' figures (专项整治中查处47起) and its sub-units' (翠屏区…100%), the
        // report states this figure once.
        bool onlyCampaignsBeside = eligible.size() == 1;
        for (int i : whole) {
            const Mention &m = mentions.at(i);
            if (i != eligible.first() && !m.campaign && !(m.subunits && !m.body))
                onlyCampaignsBeside = false;
        }
        if (whole.size() == 1 || onlyCampaignsBeside) {
            best = eligible.first(); // the report states this figure once: it is the figure
        } else {
            // Several figures: the one stated for the whole body or year, broadest first,
            // larger values winning ties (a total is at least its parts).
            for (int i : eligible) {
                const Mention &m = mentions.at(i);
                if (!m.body && m.total <= 0)
                    continue;
                if (best < 0 || broader(m, mentions.at(best)))
                    best = i;
            }
        }
        // Stated more than once, never for the whole body in words, but always the same value
        // (a summary card and the text): that value is the figure.
        if (best < 0 && eligible.size() > 1) {
            bool same = true;
            for (int i : whole)
                if (mentions.at(i).value != mentions.at(eligible.first()).value) same = false;
            if (same)
                best = eligible.first();
        }
        // The body's figure rounded in a summary gives way to the same figure stated exactly.
        if (best >= 0) {
            int exact = -1;
            for (int i : eligible)
                if (i != best && restatesExactly(mentions.at(i), mentions.at(best)) &&
                    (exact < 0 || significantDigits(mentions.at(i).value) > significantDigits(mentions.at(exact).value)))
                    exact = i;
            if (exact >= 0)
                best = exact;
        }
        if (best >= 0)
            mentions[best].headline = true;
    }
}

} // namespace fz
