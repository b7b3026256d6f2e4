#pragma once

#include "transcript/ScriptDelegate.h"

// Draws a search hit as "speaker: …snippet…" with the hit itself marked, wrapped to the
// view's width; other rows are drawn as usual. The call's text (titles, speakers, snippets
// of turns) is in the reader's script; a note's snippet is the reader's own words, as typed.
class SnippetDelegate : public ScriptDelegate
{
    Q_OBJECT
public:
    using ScriptDelegate::ScriptDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // A hit's snippet as drawn: a turn's in the reader's script, a note's as typed. The
    // conversion keeps the length, so the hit's offset into it still holds.
    static QString shownSnippet(const QModelIndex &index);

    // The colour a hit is marked with, here and in the transcript.
    static QColor hitColour();
    static QColor activeHitColour();
};
