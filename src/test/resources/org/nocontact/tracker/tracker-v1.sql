-- A tracker as the first version of nocontact's tracker wrote it (schema version 1), with a
-- little data, for TrackerStoreTest: opening it must bring it up to date and keep every row.
PRAGMA application_id = 1313035346;
PRAGMA user_version = 1;
CREATE TABLE period (id INTEGER PRIMARY KEY, since TEXT NOT NULL, days INTEGER NOT NULL, ended_on TEXT, end_reason TEXT);
CREATE TABLE slip (id INTEGER PRIMARY KEY, on_date TEXT NOT NULL, kind TEXT NOT NULL, note TEXT, logged_at TEXT NOT NULL);
CREATE TABLE urge (id INTEGER PRIMARY KEY, at TEXT NOT NULL, strength INTEGER, trigger_text TEXT);
CREATE TABLE heard (id INTEGER PRIMARY KEY, on_date TEXT NOT NULL, about TEXT NOT NULL, logged_at TEXT NOT NULL);
CREATE TABLE journal (id INTEGER PRIMARY KEY, at TEXT NOT NULL, body TEXT NOT NULL);
CREATE TABLE kept (id INTEGER PRIMARY KEY CHECK (id = 1), situation TEXT NOT NULL, kept_on TEXT NOT NULL);
INSERT INTO period (since, days, ended_on, end_reason) VALUES ('2026-11-01', 30, '2026-11-05', 'slip');
INSERT INTO period (since, days) VALUES ('2026-11-06', 30);
INSERT INTO slip (on_date, kind, note, logged_at) VALUES ('2026-11-05', 'message', 'late at night', '2026-11-05T23:10:00');
INSERT INTO urge (at, strength, trigger_text) VALUES ('2026-11-08T21:00:00', 7, 'our song');
INSERT INTO journal (at, body) VALUES ('2026-11-08T21:05:00', 'I wanted to tell them about the song.');
