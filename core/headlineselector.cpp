// Headlines: for each key, the one mention that stands for the whole reporting body and year.
#include "indicatorextractor.h"

#include <QHash>

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
bool broader(const Mention &a, const Mention &b)
{
    if (score(a) != score(b))
        return score(a) > score(b);
    if (countsPeople(a) != countsPeople(b))
        return !countsPeople(a);
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
        if (best >= 0)
            mentions[best].headline = true;
    }
}

} // namespace fz
