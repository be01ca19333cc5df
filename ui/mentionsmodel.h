#pragma once
// A report's mentions for the side panel: headline ★, verified ✓, indicator, value, unit, state
// and the sentence. The value and the check boxes are editable; edits go out as requests so
// that the panel can make them undoable commands.
#include "reportedits.h"
#include "reportstore.h"

#include <QAbstractTableModel>
#include <functional>

namespace fz {

class MentionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Headline, Verified, Indicator, Value, Unit, State, Sentence, ColumnCount };
    using EditRequest = std::function<void(const StoredMention &, Column, const QVariant &)>;

    explicit MentionsModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}
    void setMentions(const QVector<StoredMention> &mentions);
    void setEditHandler(EditRequest handler) { m_edit = std::move(handler); }
    const StoredMention *mention(int row) const;
    int rowOf(qint64 id) const;
    const QVector<StoredMention> &mentions() const { return m_mentions; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

private:
    QVector<StoredMention> m_mentions;
    EditRequest m_edit;
};

class AnnotationsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Text, Note, ColumnCount };
    using NoteRequest = std::function<void(const Annotation &, const QString &)>;

    explicit AnnotationsModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}
    void setAnnotations(const QVector<Annotation> &annotations, const QString &text);
    void setNoteHandler(NoteRequest handler) { m_note = std::move(handler); }
    const Annotation *annotation(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

private:
    QVector<Annotation> m_annotations;
    QStringList m_spans;
    NoteRequest m_note;
};

} // namespace fz
