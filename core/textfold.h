#pragma once
// Folding for matching: traditional -> simplified, full-width -> half-width, odd spaces -> space.
// Every character maps to exactly one UTF-16 unit, so a folded string has the same length as its
// source and offsets found in the folded copy are offsets into the original.
#include <QString>
#include <QStringView>
#include <array>
#include <QHash>
#include <QStringList>

namespace fz {

class TextFolder
{
public:
    static const TextFolder &instance();

    char16_t foldChar(char16_t c) const { return m_table[c]; }
    QString fold(QStringView text) const;
    void foldInto(QStringView text, QString &out) const;

    // The traditional forms that fold to a simplified character (for building reverse sets).
    int mappingCount() const { return m_mappings; }
    // Characters that fold to c, c itself first.
    QString sourcesOf(char16_t c) const;

private:
    TextFolder();
    std::array<char16_t, 65536> m_table{};
    QHash<char16_t, QString> m_reverse;
    int m_mappings = 0;
};

inline QString fold(QStringView text) { return TextFolder::instance().fold(text); }

// Every spelling that folds to a folded string (simplified and traditional forms of each
// character), at most `limit` of them; the folded string itself comes first.
QStringList unfoldVariants(const QString &folded, int limit);

} // namespace fz
