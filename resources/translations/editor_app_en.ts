<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupTexts</name>
    <message numerus="yes">
        <location filename="../../src/editor_app/ui/dialogs/backups.py" line="+62"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message numerus="yes">
        <location filename="../../src/editor_app/ui/dialogs/export.py" line="+83"/>
        <source>%n page(s) written; these articles could not be exported:</source>
        <translation>
            <numerusform>%n page written; these articles could not be exported:</numerusform>
            <numerusform>%n pages written; these articles could not be exported:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message numerus="yes">
        <location filename="../../src/editor_app/ui/editor/find_replace.py" line="+295"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenNotices</name>
    <message numerus="yes">
        <location filename="../../src/editor_app/ui/dialogs/notices.py" line="+30"/>
        <source>The latest changes to the library could not be read: %n saved change(s) in its journal file are damaged and were left out.</source>
        <translation>
            <numerusform>The latest changes to the library could not be read: %n saved change in its journal file is damaged and was left out.</numerusform>
            <numerusform>The latest changes to the library could not be read: %n saved changes in its journal file are damaged and were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n article(s) could not be read and are marked as damaged in the list; the others work. File → Restore from backup… can bring them back.</source>
        <translation>
            <numerusform>%n article could not be read and is marked as damaged in the list; the others work. File → Restore from backup… can bring it back.</numerusform>
            <numerusform>%n articles could not be read and are marked as damaged in the list; the others work. File → Restore from backup… can bring them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsLabel</name>
    <message numerus="yes">
        <location filename="../../src/editor_app/ui/editor/stats.py" line="+110"/>
        <source>%Ln word</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln character</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln characters</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>~%Ln min read</source>
        <translation>
            <numerusform>~%Ln min read</numerusform>
            <numerusform>~%Ln min read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln character without spaces</source>
        <translation>
            <numerusform>%Ln character without spaces</numerusform>
            <numerusform>%Ln characters without spaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln characters without spaces</source>
        <translation>
            <numerusform>%Ln character without spaces</numerusform>
            <numerusform>%Ln characters without spaces</numerusform>
        </translation>
    </message>
</context>
</TS>
