#include "phrasematcher.h"
#include <algorithm>

namespace fz {

void PhraseMatcher::add(const QString &phrase, int kind, int id)
{
    if (phrase.isEmpty())
        return;
    if (!m_init) {
        m_bucketOf.fill(-1);
        m_init = true;
    }
    const int index = int(m_phrases.size());
    m_phrases.push_back({phrase, kind, id});
    const char16_t first = phrase.at(0).unicode();
    int &b = m_bucketOf[first];
    if (b < 0) {
        b = int(m_buckets.size());
        m_buckets.emplace_back();
    }
    auto &bucket = m_buckets[b];
    bucket.push_back(index);
    std::stable_sort(bucket.begin(), bucket.end(), [this](int a, int c) {
        return m_phrases[a].phrase.size() > m_phrases[c].phrase.size();
    });
}

QVector<PhraseHit> PhraseMatcher::scan(QStringView text, int from, int to) const
{
    QVector<PhraseHit> hits;
    if (!m_init)
        return hits;
    const int n = to < 0 ? int(text.size()) : qMin(to, int(text.size()));
    const char16_t *data = text.utf16();
    for (int i = qMax(0, from); i < n; ++i) {
        const int b = m_bucketOf[data[i]];
        if (b < 0)
            continue;
        for (int idx : m_buckets[b]) {
            const Entry &e = m_phrases[idx];
            const int len = int(e.phrase.size());
            if (i + len > n)
                continue;
            if (std::equal(data + i, data + i + len, e.phrase.utf16()))
                hits.append({i, len, e.kind, e.id});
        }
    }
    return hits;
}

} // namespace fz
