#pragma once
// What an analyst does to a report's data: annotations, value corrections, headline choice,
// verification, rejection, manual mentions and metadata fixes. Each is one transaction and
// bumps the row's version; passing the version last read detects a concurrent edit instead of
// overwriting it. The GUI's undo commands and the CLI call these.
#include "database.h"
#include "reportstore.h"

#include <QString>
#include <QVector>
#include <optional>

namespace fz {

struct Annotation {
    qint64 id = 0;
    qint64 reportId = 0;
    int start = 0;   // code points
    int end = 0;
    QString note;
    QString color;   // #rrggbb
    QString createdAt;
    QString updatedAt;
    int version = 1;
};

enum class EditResult { Ok, NotFound, Conflict, Invalid, Failed };

class ReportEdits
{
public:
    explicit ReportEdits(Database &db) : m_db(db) {}

    // Annotations.
    std::optional<Annotation> annotation(qint64 id) const;
    QVector<Annotation> annotations(qint64 reportId) const;       // one report
    QVector<Annotation> allAnnotations() const;                   // every report
    EditResult addAnnotation(Annotation &a);                      // sets a.id, timestamps, version
    EditResult restoreAnnotation(const Annotation &a);            // re-inserts a deleted one with its id
    EditResult updateAnnotation(qint64 id, const QString &note, const QString &color, int expectedVersion = -1);
    EditResult deleteAnnotation(qint64 id, int expectedVersion = -1);

    // Mentions.
    std::optional<StoredMention> mention(qint64 id) const;
    EditResult setValue(qint64 mentionId, double value, int expectedVersion = -1);
    EditResult setVerified(qint64 mentionId, bool verified, int expectedVersion = -1);
    EditResult setRejected(qint64 mentionId, bool rejected, int expectedVersion = -1);
    EditResult setNote(qint64 mentionId, const QString &note, int expectedVersion = -1);
    // Makes this mention its key's headline in its report (the others of the key lose it).
    EditResult makeHeadline(qint64 mentionId, int expectedVersion = -1);
    // Restores the headline flags of a key as they were (for undo).
    EditResult restoreHeadlines(qint64 reportId, const QString &key, const QVector<StoredMention> &before);
    // A mention the analyst adds by selecting text; sets m.id.
    EditResult addMention(StoredMention &m);
    EditResult restoreMention(const StoredMention &m);
    EditResult deleteMention(qint64 mentionId, int expectedVersion = -1);

    // Metadata: field is region, parents (JSON array), level, year, published or title. Marked
    // as set by hand, so re-extraction keeps it. `expected`, when given, is the value the
    // analyst last read: another value in the library now is someone else's edit (Conflict,
    // with the value in lastError()) and is not overwritten.
    EditResult setMetadata(qint64 reportId, const QString &field, const QVariant &value,
                           const std::optional<QVariant> &expected = std::nullopt);
    static QStringList editableMetadataFields();
    static QString metadataText(const QString &field, const QVariant &value);
    // Puts a field back as it was, with the list of hand-set fields as it was (for undo).
    EditResult restoreMetadata(qint64 reportId, const QString &field, const QVariant &value, const QStringList &editedBefore,
                               const std::optional<QVariant> &expected = std::nullopt);

    QString lastError() const { return m_error; }
    static QString describe(EditResult r);

private:
    // Runs `statement` (an UPDATE or DELETE without its WHERE) on row `id` of `table` when the
    // row still has `expectedVersion` (or always, when it is negative).
    EditResult versionedWrite(const QString &table, const QString &statement, const QVariantList &values,
                              qint64 id, int expectedVersion);
    EditResult updateMention(qint64 id, const QString &assignments, const QVariantList &values, int expectedVersion);
    EditResult writeMetadata(qint64 reportId, const QString &field, const QVariant &value,
                             const std::optional<QStringList> &editedList, const std::optional<QVariant> &expected);
    Database &m_db;
    QString m_error;
};

} // namespace fz
