#include "reportpanel.h"
#include "editcommands.h"
#include "chinesenumbers.h"
#include "editdialogs.h"
#include "indicatorstyle.h"
#include "librarymodel.h"
#include "librarysession.h"
#include "mentionsmodel.h"
#include "readerview.h"
#include "textoffsets.h"
#include "valueformat.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QRegularExpression>
#include <cmath>

namespace fz {

ReportPanel::ReportPanel(LibrarySession *session, QUndoStack *undo, QWidget *parent)
    : QWidget(parent), m_session(session), m_undo(undo)
{
    m_reader = new ReaderView(this);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("reportHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setContentsMargins(4, 2, 4, 4);
    m_mentions = new MentionsModel(this);
    m_annotations = new AnnotationsModel(this);

    m_mentionsView = new QTableView(this);
    m_mentionsView->setObjectName(QStringLiteral("mentionsView"));
    m_mentionsView->setModel(m_mentions);
    m_mentionsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_mentionsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_mentionsView->verticalHeader()->hide();
    m_mentionsView->verticalHeader()->setDefaultSectionSize(m_mentionsView->fontMetrics().height() + 8);
    m_mentionsView->horizontalHeader()->setStretchLastSection(true);
    m_mentionsView->horizontalHeader()->setHighlightSections(false);
    m_mentionsView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_mentionsView->setWordWrap(false);
    m_mentionsView->setAlternatingRowColors(true);
    {
        // ★ and ✓ need only a glyph's room; the sentence takes what is left.
        const int narrow = m_mentionsView->fontMetrics().horizontalAdvance(QStringLiteral("★")) * 2 + 16;
        QHeaderView *h = m_mentionsView->horizontalHeader();
        h->setMinimumSectionSize(narrow);
        for (int c : {int(MentionsModel::Headline), int(MentionsModel::Verified)}) {
            h->setSectionResizeMode(c, QHeaderView::Fixed);
            m_mentionsView->setColumnWidth(c, narrow);
        }
    }
    m_annotationsView = new QTableView(this);
    m_annotationsView->setObjectName(QStringLiteral("annotationsView"));
    m_annotationsView->setModel(m_annotations);
    m_annotationsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_annotationsView->verticalHeader()->hide();
    m_annotationsView->horizontalHeader()->setStretchLastSection(true);
    m_annotationsView->setColumnWidth(AnnotationsModel::Text, 320);
    m_annotationsView->setWordWrap(false);

    // Metadata, editable when detection was wrong.
    auto *meta = new QWidget(this);
    m_region = new QLineEdit(meta);
    m_parents = new QLineEdit(meta);
    m_parents->setPlaceholderText(tr("nearest first, separated by /"));
    m_level = new QComboBox(meta);
    m_level->addItem(tr("(unknown)"), QString());
    for (const char *l : {"province", "city", "district", "street", "department"})
        m_level->addItem(LibraryModel::levelLabel(QString::fromLatin1(l)), QString::fromLatin1(l));
    m_year = new QSpinBox(meta);
    m_year->setRange(0, 2100);
    m_year->setSpecialValueText(tr("(unknown)"));
    m_published = new QLineEdit(meta);
    m_published->setPlaceholderText(tr("YYYY-MM-DD"));
    m_fileInfo = new QLabel(meta);
    m_fileInfo->setWordWrap(true);
    m_fileInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout(meta);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Region"), m_region);
    form->addRow(tr("Within"), m_parents);
    form->addRow(tr("Level"), m_level);
    form->addRow(tr("Year covered"), m_year);
    form->addRow(tr("Published"), m_published);
    form->addRow(tr("Source"), m_fileInfo);
    connect(m_region, &QLineEdit::editingFinished, this, [this] { commitMetadata(QStringLiteral("region"), m_region->text().trimmed()); });
    connect(m_parents, &QLineEdit::editingFinished, this, [this] {
        commitMetadata(QStringLiteral("parents"), m_parents->text().split(QRegularExpression(QStringLiteral("\\s*[/,，、·]\\s*")), Qt::SkipEmptyParts));
    });
    connect(m_level, &QComboBox::activated, this, [this] { commitMetadata(QStringLiteral("level"), m_level->currentData().toString()); });
    connect(m_year, &QSpinBox::editingFinished, this, [this] {
        commitMetadata(QStringLiteral("year"), m_year->value() ? QVariant(m_year->value()) : QVariant());
    });
    connect(m_published, &QLineEdit::editingFinished, this, [this] { commitMetadata(QStringLiteral("published"), m_published->text().trimmed()); });

    m_side = new QTabWidget(this);
    m_side->setDocumentMode(true);
    m_side->addTab(m_mentionsView, tr("Indicators"));
    m_side->addTab(m_annotationsView, tr("Annotations"));
    m_side->addTab(meta, tr("Metadata"));
    m_side->setTabToolTip(0, tr("Every indicator value in the report: double-click a value to correct it (F2), "
                                "Space verifies, Ctrl+H makes it the headline, Delete rejects"));
    m_side->setTabToolTip(1, tr("Your notes on passages of the report (select text, then Ctrl+M)"));
    m_side->setTabToolTip(2, tr("Region, level and year as detected; correct them when detection was wrong"));

    auto *readerBox = new QWidget(this);
    auto *readerLayout = new QVBoxLayout(readerBox);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    readerLayout->addWidget(m_header);
    readerLayout->addWidget(m_reader, 1);
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->setObjectName(QStringLiteral("readerSplitter"));
    m_split->addWidget(readerBox);
    m_split->addWidget(m_side);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_split);

    auto action = [this](const QString &text, const QKeySequence &key, void (ReportPanel::*slot)()) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_annotate = action(tr("&Annotate selection…"), QKeySequence(Qt::CTRL | Qt::Key_M), &ReportPanel::annotate);
    m_addMention = action(tr("Add &indicator from selection…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), &ReportPanel::addMention);
    m_verify = action(tr("&Verify / unverify"), QKeySequence(Qt::Key_Space), &ReportPanel::toggleVerified);
    m_headline = action(tr("Make &headline"), QKeySequence(Qt::CTRL | Qt::Key_H), &ReportPanel::makeHeadline);
    m_reject = action(tr("Re&ject / restore"), QKeySequence(Qt::Key_Delete), &ReportPanel::toggleRejected);
    m_editValue = action(tr("&Correct value…"), QKeySequence(Qt::Key_F2), &ReportPanel::editValue);
    m_next = new QAction(tr("&Next indicator"), this);
    m_next->setShortcut(QKeySequence(Qt::Key_F3));
    m_previous = new QAction(tr("&Previous indicator"), this);
    m_previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    for (QAction *a : {m_next, m_previous}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(m_next, &QAction::triggered, m_reader, &ReaderView::nextMention);
    connect(m_previous, &QAction::triggered, m_reader, &ReaderView::previousMention);
    m_deleteAnnotation = action(tr("&Delete annotation"), QKeySequence(), &ReportPanel::deleteAnnotation);
    m_reextract = action(tr("Re-e&xtract this report"), QKeySequence(), &ReportPanel::reextract);
    m_reader->setContextActions({m_annotate, m_addMention, m_verify, m_headline, m_reject, m_editValue});
    m_reader->setPlaceholderText(
        tr("Choose a report in the library to read it here.\n\n"
           "Indicator values are highlighted in their family's colour; the headline value, the one that stands "
           "for the whole body and year, is bold and underlined.\n\n"
           "F3 / Shift+F3  next / previous indicator\n"
           "Space  verify the current value · F2  correct it · Ctrl+H  make it the headline · Delete  reject it\n"
           "Ctrl+M  annotate the selected text · Ctrl+Shift+I  add an indicator from the selection\n"
           "Ctrl+Z / Ctrl+Shift+Z  undo / redo"));
    setTabOrder(m_reader, m_side);
    setTabOrder(m_side, m_mentionsView);

    m_mentions->setEditHandler([this](const StoredMention &m, MentionsModel::Column c, const QVariant &v) {
        if (c == MentionsModel::Value)
            m_undo->push(new SetValueCommand(m_session, m, v.toDouble()));
        else if (c == MentionsModel::Verified)
            m_undo->push(new SetVerifiedCommand(m_session, m, v.toBool()));
    });
    m_annotations->setNoteHandler([this](const Annotation &a, const QString &note) {
        m_undo->push(new EditAnnotationCommand(m_session, a, note, a.color));
    });
    connect(m_mentionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        if (const StoredMention *m = m_mentions->mention(i.row()))
            if (m->id != m_reader->currentMention())
                m_reader->goToMention(m->id);
        updateActions();
    });
    connect(m_side, &QTabWidget::currentChanged, this, &ReportPanel::updateActions);
    connect(m_annotationsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReportPanel::updateActions);
    connect(m_mentionsView, &QTableView::clicked, this, [this](const QModelIndex &i) {
        if (const StoredMention *m = m_mentions->mention(i.row()))
            m_reader->goToMention(m->id);
    });
    connect(m_annotationsView, &QTableView::clicked, this, [this](const QModelIndex &i) {
        if (const Annotation *a = m_annotations->annotation(i.row()))
            m_reader->goToSpan(a->start, a->end);
    });
    connect(m_annotationsView, &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
        const Annotation *a = m_annotations->annotation(i.row());
        if (!a || i.column() == AnnotationsModel::Note)
            return;
        AnnotationDialog d(i.data().toString(), a->note, a->color, this);
        if (d.exec() == QDialog::Accepted && (d.note() != a->note || d.color() != a->color))
            m_undo->push(new EditAnnotationCommand(m_session, *a, d.note(), d.color()));
    });
    connect(m_reader, &ReaderView::currentMentionChanged, this, &ReportPanel::selectMentionRow);
    connect(m_reader, &QPlainTextEdit::selectionChanged, this, &ReportPanel::updateActions);
    connect(session, &LibrarySession::reportChanged, this, [this](qint64 id) {
        if (id == m_reportId) reload();
    });
    connect(session, &LibrarySession::closed, this, [this] { openReport(0); });
    m_header->setText(emptyHeader());
    updateActions();
}

QString ReportPanel::emptyHeader()
{
    return QStringLiteral("<span style='color:gray'>%1</span>").arg(tr("No report open.").toHtmlEscaped());
}

QList<QAction *> ReportPanel::editActions() const
{
    return {m_annotate, m_addMention, m_verify, m_headline, m_reject, m_editValue, m_deleteAnnotation, m_reextract};
}

void ReportPanel::openReport(qint64 reportId)
{
    if (reportId == m_reportId && reportId)
        return;
    m_reportId = reportId;
    if (!reportId || !m_session->isOpen()) {
        m_reportId = 0;
        m_record = {};
        m_current.clear();
        m_reader->clearReport();
        m_mentions->setMentions({});
        m_annotations->setAnnotations({}, QString());
        m_header->setText(emptyHeader());
        updateActions();
        return;
    }
    reload();
}

void ReportPanel::reload()
{
    const std::optional<ReportRecord> r = m_session->store().report(m_reportId);
    if (!r) {
        openReport(0);
        return;
    }
    m_record = *r;
    m_current = m_session->store().mentions(m_reportId);
    m_currentAnnotations = m_session->edits().annotations(m_reportId);
    const qint64 selected = m_reader->currentMention();
    if (m_reader->reportId() == m_reportId)
        m_reader->updateMarks(m_current, m_currentAnnotations);
    else
        m_reader->showReport(m_record, m_current, m_currentAnnotations);
    m_mentions->setMentions(m_current);
    m_annotations->setAnnotations(m_currentAnnotations, m_record.text);
    for (int c : {int(MentionsModel::Indicator), int(MentionsModel::Value), int(MentionsModel::Unit), int(MentionsModel::State)})
        m_mentionsView->resizeColumnToContents(c);
    if (selected)
        selectMentionRow(selected);
    const ReportSummary &s = m_record.summary;
    int headlines = 0, unverified = 0;
    for (const StoredMention &m : m_current) {
        if (m.headline) ++headlines;
        if (m.active() && !m.verified) ++unverified;
    }
    const QString where = s.region.isEmpty() ? tr("region unknown")
                          : s.parents.isEmpty() ? s.region
                                                : tr("%1 (%2)", "region (the divisions it belongs to)").arg(s.region, s.parents.join(QStringLiteral(" · ")));
    m_header->setText(QStringLiteral("<span style='font-size:large'><b>%1</b></span><br/>%2 · %3 · %4 · %5")
                          .arg(s.title.toHtmlEscaped(), where.toHtmlEscaped(),
                               s.year ? tr("year %1").arg(s.year) : tr("year unknown"),
                               tr("%n indicator(s)", nullptr, int(m_current.size())),
                               tr("%n headline(s), %1 unverified", nullptr, headlines).arg(unverified)));
    for (QWidget *w : {static_cast<QWidget *>(m_region), static_cast<QWidget *>(m_parents), static_cast<QWidget *>(m_level),
                       static_cast<QWidget *>(m_year), static_cast<QWidget *>(m_published)})
        w->blockSignals(true);
    m_region->setText(s.region);
    m_parents->setText(s.parents.join(QStringLiteral(" / ")));
    m_level->setCurrentIndex(qMax(0, m_level->findData(s.level)));
    m_year->setValue(s.year);
    m_published->setText(s.published);
    for (QWidget *w : {static_cast<QWidget *>(m_region), static_cast<QWidget *>(m_parents), static_cast<QWidget *>(m_level),
                       static_cast<QWidget *>(m_year), static_cast<QWidget *>(m_published)})
        w->blockSignals(false);
    m_fileInfo->setText(tr("%1\n%2, %3; imported %4").arg(s.file, s.format, s.encoding, s.importedAt.left(10)));
    updateActions();
}

const StoredMention *ReportPanel::currentMention() const
{
    const qint64 id = m_reader->currentMention();
    for (const StoredMention &m : m_current)
        if (m.id == id) return &m;
    return nullptr;
}

void ReportPanel::selectMentionRow(qint64 id)
{
    const int row = m_mentions->rowOf(id);
    if (row >= 0 && m_mentionsView->currentIndex().row() != row) {
        m_mentionsView->selectionModel()->setCurrentIndex(m_mentions->index(row, MentionsModel::Indicator),
                                                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_mentionsView->scrollTo(m_mentions->index(row, 0));
    }
    updateActions();
}

void ReportPanel::updateActions()
{
    const bool open = m_reportId != 0;
    int s = 0, e = 0;
    const bool selection = open && m_reader->selectionSpan(&s, &e);
    const StoredMention *m = currentMention();
    m_annotate->setEnabled(selection);
    m_addMention->setEnabled(selection);
    for (QAction *a : {m_verify, m_headline, m_reject, m_editValue})
        a->setEnabled(m != nullptr);
    m_headline->setEnabled(m && m->active() && !m->headline);
    m_next->setEnabled(open && !m_current.isEmpty());
    m_previous->setEnabled(open && !m_current.isEmpty());
    m_deleteAnnotation->setEnabled(open && m_annotationsView->currentIndex().isValid());
    m_reextract->setEnabled(open);
}

bool ReportPanel::annotateSelection(const QString &note, const QString &color)
{
    Annotation a;
    a.reportId = m_reportId;
    if (!m_reportId || !m_reader->selectionSpan(&a.start, &a.end))
        return false;
    a.note = note;
    a.color = color;
    const int before = m_undo->count();
    m_undo->push(new AddAnnotationCommand(m_session, a));
    return m_undo->count() > before;
}

void ReportPanel::annotate()
{
    int s = 0, e = 0;
    if (!m_reader->selectionSpan(&s, &e)) {
        Q_EMIT statusMessage(tr("Select the text to annotate first."));
        return;
    }
    AnnotationDialog d(m_reader->textCursor().selectedText(), QString(), QString(), this);
    if (d.exec() == QDialog::Accepted)
        annotateSelection(d.note(), d.color());
}

bool ReportPanel::addMentionFromSelection(const QString &key, double value, const QString &unit, bool verified)
{
    StoredMention m;
    m.reportId = m_reportId;
    if (!m_reportId || !m_reader->selectionSpan(&m.start, &m.end))
        return false;
    m.key = key;
    m.value = value;
    m.unit = unit;
    m.verified = verified;
    m.sentence = m_reader->textCursor().selectedText();
    const int before = m_undo->count();
    m_undo->push(new AddMentionCommand(m_session, m));
    return m_undo->count() > before;
}

void ReportPanel::addMention()
{
    int s = 0, e = 0;
    if (!m_reader->selectionSpan(&s, &e)) {
        Q_EMIT statusMessage(tr("Select the figure in the text first."));
        return;
    }
    AddMentionDialog d(m_reader->textCursor().selectedText(), this);
    if (d.exec() == QDialog::Accepted)
        addMentionFromSelection(d.key(), d.value(), d.unit(), d.verified());
}

bool ReportPanel::setValue(qint64 mentionId, double value)
{
    for (const StoredMention &m : m_current) {
        if (m.id == mentionId) {
            // A command that could not be written (another analyst's change) is not kept.
            const int before = m_undo->index();
            m_undo->push(new SetValueCommand(m_session, m, value));
            return m_undo->index() > before;
        }
    }
    return false;
}

void ReportPanel::editValue()
{
    const StoredMention *m = currentMention();
    if (!m)
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Correct value"),
                                               tr("%1 (%2). Extracted: %3").arg(IndicatorStyle::name(m->key), m->unit,
                                                                                std::isnan(m->autoValue) ? QStringLiteral("—") : groupDigits(m->autoValue)),
                                               QLineEdit::Normal, QString::number(m->value, 'g', 15), &ok);
    if (!ok)
        return;
    double v = 0;
    if (!parseNumberText(text, &v)) {
        QMessageBox::warning(this, tr("Correct value"), tr("“%1” is not a number.").arg(text));
        return;
    }
    if (v != m->value)
        setValue(m->id, v);
}

void ReportPanel::toggleVerified()
{
    if (const StoredMention *m = currentMention())
        m_undo->push(new SetVerifiedCommand(m_session, *m, !m->verified));
}

void ReportPanel::makeHeadline()
{
    if (const StoredMention *m = currentMention())
        if (m->active() && !m->headline)
            m_undo->push(new MakeHeadlineCommand(m_session, *m, m_current));
}

void ReportPanel::toggleRejected()
{
    if (const StoredMention *m = currentMention())
        m_undo->push(new SetRejectedCommand(m_session, *m, m->active(), m_current));
}

void ReportPanel::deleteAnnotation()
{
    if (const Annotation *a = m_annotations->annotation(m_annotationsView->currentIndex().row()))
        m_undo->push(new DeleteAnnotationCommand(m_session, *a));
}

void ReportPanel::reextract()
{
    if (!m_reportId)
        return;
    QString error;
    const IndicatorExtractor extractor;
    if (!m_session->store().reextract(m_reportId, extractor, &error)) {
        QMessageBox::warning(this, tr("Re-extract"), error);
        return;
    }
    // Mention ids of automatic values change: older undo steps no longer apply.
    m_undo->clear();
    m_session->notifyReportChanged(m_reportId);
    Q_EMIT statusMessage(tr("Re-extracted; your corrections, verifications and annotations were kept."));
}

void ReportPanel::commitMetadata(const QString &field, const QVariant &value)
{
    if (!m_reportId)
        return;
    const ReportSummary &s = m_record.summary;
    QVariant before;
    if (field == QLatin1String("region")) before = s.region;
    else if (field == QLatin1String("parents")) before = s.parents;
    else if (field == QLatin1String("level")) before = s.level;
    else if (field == QLatin1String("year")) before = s.year ? QVariant(s.year) : QVariant();
    else if (field == QLatin1String("published")) before = s.published;
    else if (field == QLatin1String("title")) before = s.title;
    const bool same = field == QLatin1String("parents") ? before.toStringList() == value.toStringList()
                                                        : before.toString() == value.toString();
    if (same)
        return;
    m_undo->push(new SetMetadataCommand(m_session, m_reportId, field, before, value, m_record.metadataEdited));
}

} // namespace fz
