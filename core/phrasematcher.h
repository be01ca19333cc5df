#pragma once
// Finds every occurrence of a set of phrases in one pass over a text. Phrases are bucketed by
// their first character, so a scan costs little more than reading the text once.
#include <QString>
#include <QVector>
#include <array>
#include <vector>

namespace fz {

struct PhraseHit {
    int start = 0;
    int length = 0;
    int kind = 0;   // what the caller registered the phrase as
    int id = 0;     // which entry of that kind
    int end() const { return start + length; }
};

class PhraseMatcher
{
public:
    void add(const QString &phrase, int kind, int id);
    // Every occurrence in [from, to), sorted by start, longer phrases first at the same start.
    QVector<PhraseHit> scan(QStringView text, int from = 0, int to = -1) const;
    bool isEmpty() const { return m_phrases.empty(); }

private:
    struct Entry {
        QString phrase;
        int kind;
        int id;
    };
    std::vector<Entry> m_phrases;
    // first character -> indices into m_phrases (longest first); built lazily by add()
    std::vector<std::vector<int>> m_buckets;
    std::array<int, 65536> m_bucketOf{};
    bool m_init = false;
};

} // namespace fz
