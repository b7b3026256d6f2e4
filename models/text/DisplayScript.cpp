#include "text/DisplayScript.h"

DisplayScript &DisplayScript::instance()
{
    static DisplayScript script;
    return script;
}

void DisplayScript::set(ChineseConverter::Script script, ChineseConverter::Vocabulary vocabulary)
{
    if (script == m_script && vocabulary == m_vocabulary)
        return;
    m_script = script;
    m_vocabulary = vocabulary;
    emit changed();
}
