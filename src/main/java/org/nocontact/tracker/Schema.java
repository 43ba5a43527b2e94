package org.nocontact.tracker;

import java.util.List;

/**
 * The tracker's tables, as numbered migrations: a database made by any earlier version is brought
 * up to date step by step when it is opened (in one transaction), and one made by a newer version
 * is refused rather than misread. The version is SQLite's {@code user_version}; the application id
 * tells our files from other SQLite databases.
 */
final class Schema {
    /** "NCTR": marks a SQLite file as a nocontact tracker. */
    static final int APPLICATION_ID = 0x4E435452;

    /** Migration i (from 0) takes a database from version i to version i + 1. */
    static final List<List<String>> MIGRATIONS = List.of(
            // 1: the period, slips, urges, their messages, the journal and the kept situation.
            List.of(
                    "CREATE TABLE period (id INTEGER PRIMARY KEY, since TEXT NOT NULL, days INTEGER NOT NULL, "
                            + "ended_on TEXT, end_reason TEXT)",
                    "CREATE TABLE slip (id INTEGER PRIMARY KEY, on_date TEXT NOT NULL, kind TEXT NOT NULL, "
                            + "note TEXT, logged_at TEXT NOT NULL)",
                    "CREATE TABLE urge (id INTEGER PRIMARY KEY, at TEXT NOT NULL, strength INTEGER, trigger_text TEXT)",
                    "CREATE TABLE heard (id INTEGER PRIMARY KEY, on_date TEXT NOT NULL, about TEXT NOT NULL, "
                            + "logged_at TEXT NOT NULL)",
                    "CREATE TABLE journal (id INTEGER PRIMARY KEY, at TEXT NOT NULL, body TEXT NOT NULL)",
                    "CREATE TABLE kept (id INTEGER PRIMARY KEY CHECK (id = 1), situation TEXT NOT NULL, "
                            + "kept_on TEXT NOT NULL)"),
            // 2: the ex's dates (each optional), and the message an urge would have sent.
            List.of(
                    "CREATE TABLE ex_dates (id INTEGER PRIMARY KEY CHECK (id = 1), birthday TEXT, anniversary TEXT)",
                    "ALTER TABLE urge ADD COLUMN message TEXT"));

    static final int VERSION = MIGRATIONS.size();

    private Schema() {
    }
}
