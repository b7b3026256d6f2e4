#pragma once

#include "text/ChineseConverter.h"

#include <QObject>
#include <QString>

// The script the reader chose for the call's text, for every place it appears: the reading
// view, the navigator, search snippets, the annotations panel, print and PDF. The window
// sets it from the View menu and the settings; each of those views follows changed() rather
// than being told one by one, so none can be forgotten.
class DisplayScript : public QObject
{
    Q_OBJECT
public:
    static DisplayScript &instance();

    ChineseConverter::Script script() const { return m_script; }
    ChineseConverter::Vocabulary vocabulary() const { return m_vocabulary; }
    void set(ChineseConverter::Script script,
             ChineseConverter::Vocabulary vocabulary = ChineseConverter::Vocabulary::Characters);

    // Text of the call as the reader chose to see it; the length never changes.
    QString shown(const QString &text) const
    {
        return ChineseConverter::toScript(text, m_script, m_vocabulary);
    }

signals:
    void changed();

private:
    DisplayScript() = default;

    ChineseConverter::Script m_script = ChineseConverter::Script::AsStored;
    ChineseConverter::Vocabulary m_vocabulary = ChineseConverter::Vocabulary::Characters;
};
