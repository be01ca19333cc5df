#include "editcommands.h"
#include "indicatorstyle.h"
#include "librarysession.h"

#include <QCoreApplication>

namespace fz {

namespace {
std::function<void(const QString &)> g_errorHandler;

// The name of a metadata field in undo texts ("undo correct the year").
QString metadataFieldName(const QString &field)
{
    if (field == QLatin1String("region")) return EditCommand::tr("region");
    if (field == QLatin1String("parents")) return EditCommand::tr("divisions it belongs to");
    if (field == QLatin1String("level")) return EditCommand::tr("level");
    if (field == QLatin1String("year")) return EditCommand::tr("year");
    if (field == QLatin1String("published")) return EditCommand::tr("publication date");
    if (field == QLatin1String("title")) return EditCommand::tr("title");
    return field;
}
}

void EditCommand::setErrorHandler(std::function<void(const QString &)> handler)
{
    g_errorHandler = std::move(handler);
}

EditCommand::EditCommand(LibrarySession *session, qint64 reportId, const QString &text)
    : QUndoCommand(text), m_session(session), m_reportId(reportId)
{
}

bool EditCommand::check(EditResult r, bool firstRun)
{
    if (r == EditResult::Ok)
        return true;
    QString reason;
    switch (r) {
    case EditResult::NotFound: reason = EditCommand::tr("it no longer exists"); break;
    case EditResult::Conflict: reason = EditCommand::tr("changed by someone else since it was read"); break;
    case EditResult::Invalid: reason = EditCommand::tr("invalid value"); break;
    default: reason = EditCommand::tr("database error"); break;
    }
    QString message = EditCommand::tr("Could not save “%1”: %2").arg(text(), reason);
    if (r == EditResult::Conflict) // the report reloads with their value, in the analyst's language
        message += EditCommand::tr(". Another analyst changed it; the report now shows their version.");
    else if (!m_session->edits().lastError().isEmpty())
        message += QStringLiteral(" (") + m_session->edits().lastError() + QLatin1Char(')');
    if (firstRun)
        setObsolete(true);
    if (g_errorHandler)
        g_errorHandler(message);
    changed();
    return false;
}

void EditCommand::changed()
{
    m_session->notifyReportChanged(m_reportId);
}

int EditCommand::mentionVersion(qint64 mentionId) const
{
    const auto m = m_session->edits().mention(mentionId);
    return m ? m->version : -1;
}

int EditCommand::annotationVersion(qint64 annotationId) const
{
    const auto a = m_session->edits().annotation(annotationId);
    return a ? a->version : -1;
}

AddAnnotationCommand::AddAnnotationCommand(LibrarySession *s, const Annotation &a)
    : EditCommand(s, a.reportId, EditCommand::tr("annotate")), m_annotation(a) {}

void AddAnnotationCommand::redo()
{
    // The first time it gets an id; later it comes back with that id.
    const EditResult r = m_done ? m_session->edits().restoreAnnotation(m_annotation) : m_session->edits().addAnnotation(m_annotation);
    if (check(r, !m_done)) {
        m_done = true;
        if (const auto a = m_session->edits().annotation(m_annotation.id)) m_annotation = *a;
        changed();
    }
}

void AddAnnotationCommand::undo()
{
    if (check(m_session->edits().deleteAnnotation(m_annotation.id), false))
        changed();
}

EditAnnotationCommand::EditAnnotationCommand(LibrarySession *s, const Annotation &before, const QString &note, const QString &color)
    : EditCommand(s, before.reportId, EditCommand::tr("edit annotation")), m_before(before), m_note(note), m_color(color),
      m_version(before.version) {}

void EditAnnotationCommand::redo()
{
    if (check(m_session->edits().updateAnnotation(m_before.id, m_note, m_color, m_version), !m_done)) {
        m_done = true;
        m_version = annotationVersion(m_before.id);
        changed();
    }
}

void EditAnnotationCommand::undo()
{
    if (check(m_session->edits().updateAnnotation(m_before.id, m_before.note, m_before.color, m_version), false)) {
        m_version = annotationVersion(m_before.id);
        changed();
    }
}

DeleteAnnotationCommand::DeleteAnnotationCommand(LibrarySession *s, const Annotation &a)
    : EditCommand(s, a.reportId, EditCommand::tr("delete annotation")), m_annotation(a) {}

void DeleteAnnotationCommand::redo()
{
    // The first time, only the version the analyst saw may be deleted.
    if (check(m_session->edits().deleteAnnotation(m_annotation.id, m_done ? -1 : m_annotation.version), !m_done)) {
        m_done = true;
        changed();
    }
}

void DeleteAnnotationCommand::undo()
{
    if (check(m_session->edits().restoreAnnotation(m_annotation), false)) {
        if (const auto a = m_session->edits().annotation(m_annotation.id)) m_annotation = *a;
        changed();
    }
}

SetValueCommand::SetValueCommand(LibrarySession *s, const StoredMention &m, double value)
    : EditCommand(s, m.reportId, EditCommand::tr("set %1 to %2").arg(IndicatorStyle::name(m.key)).arg(value)),
      m_id(m.id), m_version(m.version), m_before(m.value), m_after(value) {}

void SetValueCommand::redo()
{
    if (check(m_session->edits().setValue(m_id, m_after, m_version), !m_done)) {
        m_done = true;
        m_version = mentionVersion(m_id);
        changed();
    }
}

void SetValueCommand::undo()
{
    if (check(m_session->edits().setValue(m_id, m_before, m_version), false)) {
        m_version = mentionVersion(m_id);
        changed();
    }
}

SetVerifiedCommand::SetVerifiedCommand(LibrarySession *s, const StoredMention &m, bool verified)
    : EditCommand(s, m.reportId, verified ? EditCommand::tr("verify %1").arg(IndicatorStyle::name(m.key)) : EditCommand::tr("unverify %1").arg(IndicatorStyle::name(m.key))),
      m_id(m.id), m_version(m.version), m_after(verified) {}

void SetVerifiedCommand::redo()
{
    if (check(m_session->edits().setVerified(m_id, m_after, m_version), !m_done)) {
        m_done = true;
        m_version = mentionVersion(m_id);
        changed();
    }
}

void SetVerifiedCommand::undo()
{
    if (check(m_session->edits().setVerified(m_id, !m_after, m_version), false)) {
        m_version = mentionVersion(m_id);
        changed();
    }
}

SetRejectedCommand::SetRejectedCommand(LibrarySession *s, const StoredMention &m, bool rejected, const QVector<StoredMention> &all)
    : EditCommand(s, m.reportId, rejected ? EditCommand::tr("reject %1").arg(IndicatorStyle::name(m.key)) : EditCommand::tr("restore %1").arg(IndicatorStyle::name(m.key))),
      m_id(m.id), m_version(m.version), m_key(m.key), m_after(rejected), m_before(all) {}

void SetRejectedCommand::redo()
{
    if (check(m_session->edits().setRejected(m_id, m_after, m_version), !m_done)) {
        m_done = true;
        m_version = mentionVersion(m_id);
        changed();
    }
}

void SetRejectedCommand::undo()
{
    if (check(m_session->edits().setRejected(m_id, !m_after, m_version), false)) {
        m_session->edits().restoreHeadlines(m_reportId, m_key, m_before);
        m_version = mentionVersion(m_id);
        changed();
    }
}

MakeHeadlineCommand::MakeHeadlineCommand(LibrarySession *s, const StoredMention &m, const QVector<StoredMention> &all)
    : EditCommand(s, m.reportId, EditCommand::tr("make %1 the headline").arg(IndicatorStyle::name(m.key))), m_id(m.id), m_version(m.version), m_key(m.key), m_before(all) {}

void MakeHeadlineCommand::redo()
{
    if (check(m_session->edits().makeHeadline(m_id, m_done ? -1 : m_version), !m_done)) {
        m_done = true;
        changed();
    }
}

void MakeHeadlineCommand::undo()
{
    if (check(m_session->edits().restoreHeadlines(m_reportId, m_key, m_before), false)) changed();
}

AddMentionCommand::AddMentionCommand(LibrarySession *s, const StoredMention &m)
    : EditCommand(s, m.reportId, EditCommand::tr("add %1").arg(IndicatorStyle::name(m.key))), m_mention(m) {}

void AddMentionCommand::redo()
{
    const EditResult r = m_done ? m_session->edits().restoreMention(m_mention) : m_session->edits().addMention(m_mention);
    if (check(r, !m_done)) {
        m_done = true;
        if (const auto m = m_session->edits().mention(m_mention.id)) m_mention = *m;
        changed();
    }
}

void AddMentionCommand::undo()
{
    if (check(m_session->edits().deleteMention(m_mention.id), false)) changed();
}

SetMetadataCommand::SetMetadataCommand(LibrarySession *s, qint64 reportId, const QString &field, const QVariant &before,
                                       const QVariant &after, const QStringList &editedBefore)
    : EditCommand(s, reportId, EditCommand::tr("correct the %1").arg(metadataFieldName(field))), m_field(field), m_before(before), m_after(after), m_editedBefore(editedBefore) {}

void SetMetadataCommand::redo()
{
    // Written only over the value this analyst saw; undo likewise only over their own.
    if (check(m_session->edits().setMetadata(m_reportId, m_field, m_after, m_before), !m_done)) {
        m_done = true;
        changed();
        m_session->notifyLibraryChanged(); // filters (province, years) may change
    }
}

void SetMetadataCommand::undo()
{
    if (check(m_session->edits().restoreMetadata(m_reportId, m_field, m_before, m_editedBefore, m_after), false)) {
        changed();
        m_session->notifyLibraryChanged();
    }
}

} // namespace fz
