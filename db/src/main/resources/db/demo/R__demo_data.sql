-- Demo data set: the fictional district "Landkreis Musterland" with the town "Stadt Musterstadt".
-- Loaded only when the application runs with portal.demo-data=true (demo run and tests).
-- Idempotent: Flyway re-applies it whenever this file changes.
-- All demo accounts share the password "Musterland-2026" (bcrypt at the production cost, 12, so that
-- signing in takes as long as in production and the answer time tells nothing; see SignInService).
-- Touches only what is the demo's own: organisations it created (organisation.demo), their
-- reference data and their accounts. An organisation code or user name of the demo that already
-- belongs to someone else is skipped, never changed.

INSERT INTO organisation (code, name, kind, parent_id, demo)
SELECT 'lk-musterland', 'Landkreis Musterland', 'DISTRICT', NULL, TRUE FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM organisation WHERE code = 'lk-musterland');

UPDATE organisation SET name = 'Landkreis Musterland', kind = 'DISTRICT'
WHERE code = 'lk-musterland' AND demo;

INSERT INTO organisation (code, name, kind, parent_id, demo)
SELECT 'musterstadt', 'Stadt Musterstadt', 'TOWN', d.id, TRUE
FROM organisation d
WHERE d.code = 'lk-musterland' AND d.demo
  AND NOT EXISTS (SELECT 1 FROM organisation WHERE code = 'musterstadt');

UPDATE organisation t JOIN organisation d ON d.code = 'lk-musterland' AND d.demo
SET t.name = 'Stadt Musterstadt', t.kind = 'TOWN', t.parent_id = d.id
WHERE t.code = 'musterstadt' AND t.demo;

-- Departments (Fachplanungen)
INSERT INTO department (organisation_id, code, name, kind)
SELECT o.id, d.code, d.name, d.kind
FROM organisation o
JOIN (SELECT 'bildung' AS code, 'Bildungsbüro und Schulentwicklungsplanung' AS name, 'EDUCATION' AS kind
      UNION ALL SELECT 'jugendhilfe', 'Jugendhilfeplanung', 'YOUTH_WELFARE'
      UNION ALL SELECT 'sozial', 'Sozialplanung', 'SOCIAL'
      UNION ALL SELECT 'gesundheit', 'Gesundheitsplanung', 'HEALTH'
      UNION ALL SELECT 'kita', 'Kita-Bedarfsplanung', 'DAY_CARE') d
WHERE o.code = 'lk-musterland' AND o.demo
ON DUPLICATE KEY UPDATE name = VALUES(name), kind = VALUES(kind);

INSERT INTO department (organisation_id, code, name, kind)
SELECT id, 'bildung', 'Amt für Schulen und Bildung', 'EDUCATION' FROM organisation WHERE code = 'musterstadt' AND demo
ON DUPLICATE KEY UPDATE name = VALUES(name), kind = VALUES(kind);

-- Areas: municipalities of the district, and two social-space areas of the town. Areas carry
-- versions (V11): a code the demo already has, in any version, is left as it is.
INSERT INTO area (organisation_id, parent_id, code, name)
SELECT o.id, NULL, a.code, a.name
FROM organisation o
JOIN (SELECT 'musterstadt' AS code, 'Stadt Musterstadt' AS name
      UNION ALL SELECT 'bergdorf', 'Gemeinde Bergdorf'
      UNION ALL SELECT 'talheim', 'Gemeinde Talheim'
      UNION ALL SELECT 'seeburg', 'Verbandsgemeinde Seeburg') a
WHERE o.code = 'lk-musterland' AND o.demo
  AND NOT EXISTS (SELECT 1 FROM area x WHERE x.organisation_id = o.id AND x.code = a.code);

INSERT INTO area (organisation_id, parent_id, code, name)
SELECT o.id, p.id, a.code, a.name
FROM organisation o
JOIN area p ON p.organisation_id = o.id AND p.code = 'musterstadt' AND p.valid_to IS NULL
JOIN (SELECT 'musterstadt-nord' AS code, 'Musterstadt-Nord' AS name
      UNION ALL SELECT 'musterstadt-sued', 'Musterstadt-Süd') a
WHERE o.code = 'lk-musterland' AND o.demo
  AND NOT EXISTS (SELECT 1 FROM area x WHERE x.organisation_id = o.id AND x.code = a.code);

-- Schools and two day-care centres (Kitas, the same register: they receive data requests but have
-- no classes), and the area of each as of the areas' first version (one with an area keeps it)
INSERT INTO school (organisation_id, code, name, school_type)
SELECT o.id, s.code, s.name, s.school_type
FROM organisation o
JOIN (SELECT 'gs-bergdorf' AS code, 'Grundschule Bergdorf' AS name, 'GRUNDSCHULE' AS school_type
      UNION ALL SELECT 'rsplus-talheim', 'Realschule plus Talheim', 'REALSCHULE_PLUS'
      UNION ALL SELECT 'gym-seeburg', 'Gymnasium am See', 'GYMNASIUM'
      UNION ALL SELECT 'igs-musterstadt', 'Integrierte Gesamtschule Musterstadt', 'GESAMTSCHULE'
      UNION ALL SELECT 'bbs-musterland', 'Berufsbildende Schule Musterland', 'BERUFSBILDENDE_SCHULE'
      UNION ALL SELECT 'kita-sonnenschein', 'Kita Sonnenschein Musterstadt', 'KITA'
      UNION ALL SELECT 'kita-regenbogen', 'Kita Regenbogen Bergdorf', 'KITA') s
WHERE o.code = 'lk-musterland' AND o.demo
ON DUPLICATE KEY UPDATE name = VALUES(name), school_type = VALUES(school_type);

INSERT INTO school_area (school_id, area_id, valid_from)
SELECT sc.id, ar.id, ar.valid_from
FROM organisation o
JOIN (SELECT 'gs-bergdorf' AS code, 'bergdorf' AS area
      UNION ALL SELECT 'rsplus-talheim', 'talheim'
      UNION ALL SELECT 'gym-seeburg', 'seeburg'
      UNION ALL SELECT 'igs-musterstadt', 'musterstadt-nord'
      UNION ALL SELECT 'bbs-musterland', 'musterstadt-sued'
      UNION ALL SELECT 'kita-sonnenschein', 'musterstadt-nord'
      UNION ALL SELECT 'kita-regenbogen', 'bergdorf') s
JOIN school sc ON sc.organisation_id = o.id AND sc.code = s.code
JOIN area ar ON ar.organisation_id = o.id AND ar.code = s.area AND ar.valid_to IS NULL
WHERE o.code = 'lk-musterland' AND o.demo
  AND NOT EXISTS (SELECT 1 FROM school_area x WHERE x.school_id = sc.id);

-- Committees
INSERT INTO committee (organisation_id, code, name, kind)
SELECT o.id, c.code, c.name, c.kind
FROM organisation o
JOIN (SELECT 'schultraeger' AS code, 'Schulträgerausschuss' AS name, 'SCHULTRAEGER' AS kind
      UNION ALL SELECT 'jugendhilfe', 'Jugendhilfeausschuss', 'JUGENDHILFE'
      UNION ALL SELECT 'kreisausschuss', 'Kreisausschuss', 'KREISAUSSCHUSS') c
WHERE o.code = 'lk-musterland' AND o.demo
ON DUPLICATE KEY UPDATE name = VALUES(name), kind = VALUES(kind);

-- Accounts, one per role: created where the user name is free, updated only while the account
-- belongs to a demo organisation
CREATE OR REPLACE TEMPORARY TABLE demo_account (
    org          VARCHAR(40)  NOT NULL,
    username     VARCHAR(80)  NOT NULL COLLATE utf8mb4_bin,
    display_name VARCHAR(200) NOT NULL,
    email        VARCHAR(254) NOT NULL
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO demo_account (org, username, display_name, email)
SELECT * FROM (SELECT 'lk-musterland' AS org, 'admin' AS username, 'Anna Admin' AS display_name, 'admin@musterland.example' AS email
      UNION ALL SELECT 'lk-musterland', 'planer', 'Petra Planer', 'planer@musterland.example'
      UNION ALL SELECT 'lk-musterland', 'jugendhilfe', 'Jonas Jugendhilfe', 'jugendhilfe@musterland.example'
      UNION ALL SELECT 'lk-musterland', 'kita', 'Karin Kita', 'kita@musterland.example'
      UNION ALL SELECT 'lk-musterland', 'landrat', 'Lothar Landrat', 'landrat@musterland.example'
      UNION ALL SELECT 'lk-musterland', 'gremienbuero', 'Greta Gremienbüro', 'gremienbuero@musterland.example'
      UNION ALL SELECT 'lk-musterland', 'vorsitz', 'Volker Vorsitz', 'vorsitz@musterland.example'
      UNION ALL SELECT 'lk-musterland', 'mitglied', 'Mira Mitglied', 'mitglied@musterland.example'
      UNION ALL SELECT 'lk-musterland', 'ratsfrau', 'Rita Ratsfrau', 'ratsfrau@musterland.example'
      UNION ALL SELECT 'lk-musterland', 'ratsherr', 'Robert Ratsherr', 'ratsherr@musterland.example'
      UNION ALL SELECT 'lk-musterland', 'datenschutz', 'Dana Datenschutz', 'datenschutz@musterland.example'
      UNION ALL SELECT 'lk-musterland', 'schule', 'Sven Schulleitung', 'igs@musterland.example'
      UNION ALL SELECT 'lk-musterland', 'kitaleitung', 'Klara Kitaleitung', 'kita-sonnenschein@musterland.example'
      UNION ALL SELECT 'lk-musterland', 'schulaufsicht', 'Sabine Schulaufsicht', 'schulaufsicht@musterland.example'
      UNION ALL SELECT 'musterstadt', 'planer.stadt', 'Paul Stadtplaner', 'planung@musterstadt.example') a;

INSERT INTO account (organisation_id, username, display_name, email, password_hash, enabled, must_change_password)
SELECT o.id, a.username, a.display_name, a.email,
       '$2a$12$3wNdjcIcOO6xQR8rbVsGK.KiHLlZ/iYkWqjsdNqMcQhmc7pL0Jjfu', TRUE, FALSE
FROM demo_account a
JOIN organisation o ON o.code = a.org AND o.demo
WHERE NOT EXISTS (SELECT 1 FROM account x WHERE x.username = a.username);

UPDATE account x
JOIN organisation current_org ON current_org.id = x.organisation_id AND current_org.demo
JOIN demo_account a ON a.username = x.username
JOIN organisation o ON o.code = a.org AND o.demo
-- name_changed_at first: the assignments run left to right, so it still sees the old name
SET x.name_changed_at = IF(x.display_name <=> a.display_name, x.name_changed_at, CURRENT_TIMESTAMP),
    x.display_name = a.display_name, x.email = a.email, x.organisation_id = o.id;

-- Demo databases made before the hashes had the production cost: rehash the demo accounts that
-- still have the old demo hash (a password someone changed stays).
UPDATE account x
JOIN organisation o ON o.id = x.organisation_id AND o.demo
JOIN demo_account a ON a.username = x.username
SET x.password_hash = '$2a$12$3wNdjcIcOO6xQR8rbVsGK.KiHLlZ/iYkWqjsdNqMcQhmc7pL0Jjfu'
WHERE x.password_hash = '$2a$10$013bfW2u8V5NNkM3bz6P..XifDeVLpMZIL8oyPwTbthcJ1zTdoinK';

-- demo accounts: the demo's user names in demo organisations
CREATE OR REPLACE TEMPORARY TABLE demo_account_id AS
SELECT x.id, x.username FROM account x
JOIN organisation o ON o.id = x.organisation_id AND o.demo
JOIN demo_account a ON a.username = x.username;

DELETE g FROM role_grant g JOIN demo_account_id a ON a.id = g.account_id;

INSERT INTO role_grant (account_id, role)
SELECT a.id, g.role
FROM demo_account_id a
JOIN (SELECT 'admin' AS username, 'admin' AS role
      UNION ALL SELECT 'planer', 'planner'
      UNION ALL SELECT 'landrat', 'administrative-head'
      UNION ALL SELECT 'datenschutz', 'data-protection-officer'
      UNION ALL SELECT 'schulaufsicht', 'school-authority'
      UNION ALL SELECT 'planer.stadt', 'planner') g
  ON g.username = a.username;

INSERT INTO role_grant (account_id, role, department_id)
SELECT a.id, 'department-contributor', d.id
FROM demo_account_id a
JOIN organisation o ON o.code = 'lk-musterland' AND o.demo
JOIN department d ON d.organisation_id = o.id AND d.code = a.username
WHERE a.username IN ('jugendhilfe', 'kita');

-- Committee seats: the Sitzungsdienst (gremienbuero) serves and vorsitz chairs all three demo
-- committees, mitglied sits on the Schulträgerausschuss only, ratsfrau and ratsherr on all three.
-- Each seat has its role grant scoped to its committee (what CommitteeAdminService does).
CREATE OR REPLACE TEMPORARY TABLE demo_seat (
    username  VARCHAR(80) NOT NULL COLLATE utf8mb4_bin,
    committee VARCHAR(40) NOT NULL,
    seat      VARCHAR(20) NOT NULL,
    role      VARCHAR(40) NOT NULL
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO demo_seat (username, committee, seat, role)
SELECT a.username, c.code, a.seat, a.role
FROM (SELECT 'gremienbuero' AS username, 'SECRETARIAT' AS seat, 'committee-secretariat' AS role, TRUE AS everywhere
      UNION ALL SELECT 'vorsitz', 'CHAIR', 'committee-chair', TRUE
      UNION ALL SELECT 'mitglied', 'MEMBER', 'committee-member', FALSE
      UNION ALL SELECT 'ratsfrau', 'MEMBER', 'committee-member', TRUE
      UNION ALL SELECT 'ratsherr', 'MEMBER', 'committee-member', TRUE) a
JOIN (SELECT 'schultraeger' AS code UNION ALL SELECT 'jugendhilfe' UNION ALL SELECT 'kreisausschuss') c
  ON a.everywhere OR c.code = 'schultraeger';

INSERT INTO role_grant (account_id, role, committee_id)
SELECT a.id, g.role, c.id
FROM demo_account_id a
JOIN demo_seat g ON g.username = a.username
JOIN organisation o ON o.code = 'lk-musterland' AND o.demo
JOIN committee c ON c.organisation_id = o.id AND c.code = g.committee;

INSERT INTO committee_membership (committee_id, account_id, role, valid_from)
SELECT c.id, a.id, g.seat, '2024-05-01'
FROM demo_account_id a
JOIN demo_seat g ON g.username = a.username
JOIN organisation o ON o.code = 'lk-musterland' AND o.demo
JOIN committee c ON c.organisation_id = o.id AND c.code = g.committee
WHERE NOT EXISTS (SELECT 1 FROM committee_membership m
                  WHERE m.committee_id = c.id AND m.account_id = a.id AND m.role = g.seat);

INSERT INTO role_grant (account_id, role, school_id)
SELECT a.id, 'school-contact', s.id
FROM demo_account_id a
JOIN organisation o ON o.code = 'lk-musterland' AND o.demo
JOIN school s ON s.organisation_id = o.id AND s.code = 'igs-musterstadt'
WHERE a.username = 'schule';

-- the contact of the Kita Sonnenschein: the same role, scoped to the day-care centre
INSERT INTO role_grant (account_id, role, school_id)
SELECT a.id, 'school-contact', s.id
FROM demo_account_id a
JOIN organisation o ON o.code = 'lk-musterland' AND o.demo
JOIN school s ON s.organisation_id = o.id AND s.code = 'kita-sonnenschein'
WHERE a.username = 'kitaleitung';

-- A youth survey in the field (from a week before the data set was first loaded, for a year),
-- on version 1 of the questionnaire "Jugendbefragung Musterland", with twenty demo access codes
-- for two classes of the IGS Musterstadt (listed in README.md). Only hashes are stored, keyed with
-- the installation's key, as for real codes. Every step checks what exists, so a restart adds
-- nothing twice (databases from before V18 got their questionnaire from that migration).
INSERT INTO questionnaire (organisation_id, title)
SELECT o.id, 'Jugendbefragung Musterland'
FROM organisation o
WHERE o.code = 'lk-musterland' AND o.demo
  AND NOT EXISTS (SELECT 1 FROM survey_wave w
                  WHERE w.organisation_id = o.id AND w.title = 'Jugendbefragung Musterland 2027')
  AND NOT EXISTS (SELECT 1 FROM questionnaire q
                  WHERE q.organisation_id = o.id AND q.title = 'Jugendbefragung Musterland');

INSERT IGNORE INTO questionnaire_version (questionnaire_id, number, state, languages)
SELECT q.id, 1, 'FROZEN', 'en'
FROM questionnaire q
JOIN organisation o ON o.id = q.organisation_id AND o.demo
WHERE q.title = 'Jugendbefragung Musterland';

CREATE TEMPORARY TABLE demo_qversion AS
SELECT v.id AS version_id
FROM questionnaire_version v
JOIN questionnaire q ON q.id = v.questionnaire_id AND q.title = 'Jugendbefragung Musterland'
JOIN organisation o ON o.id = q.organisation_id AND o.demo
WHERE v.number = 1;

INSERT IGNORE INTO q_section (version_id, position, section_key)
SELECT version_id, 1, 'main' FROM demo_qversion;

INSERT IGNORE INTO q_question (version_id, section_id, position, question_key, kind, display, mandatory)
SELECT v.version_id, s.id, q.position, q.question_key, q.kind, q.display, q.mandatory
FROM demo_qversion v
JOIN q_section s ON s.version_id = v.version_id AND s.section_key = 'main'
JOIN (SELECT 1 AS position, 'school-feel' AS question_key, 'RATING' AS kind, NULL AS display,
             TRUE AS mandatory
      UNION ALL SELECT 2, 'way-to-school', 'SINGLE_CHOICE', 'RADIO', TRUE
      UNION ALL SELECT 3, 'leisure-offers', 'RATING', NULL, FALSE
      UNION ALL SELECT 4, 'all-day-school', 'SINGLE_CHOICE', 'RADIO', FALSE
      UNION ALL SELECT 5, 'wish', 'LONG_TEXT', NULL, FALSE) q;

INSERT IGNORE INTO q_option (question_id, position, option_key)
SELECT q.id, o.position, CAST(o.position AS CHAR)
FROM demo_qversion v
JOIN q_question q ON q.version_id = v.version_id
JOIN (SELECT 'way-to-school' AS question_key, 1 AS position
      UNION ALL SELECT 'way-to-school', 2 UNION ALL SELECT 'way-to-school', 3
      UNION ALL SELECT 'way-to-school', 4 UNION ALL SELECT 'way-to-school', 5
      UNION ALL SELECT 'all-day-school', 1 UNION ALL SELECT 'all-day-school', 2
      UNION ALL SELECT 'all-day-school', 3) o ON o.question_key = q.question_key;

INSERT IGNORE INTO q_text (version_id, variant, language, element, text)
SELECT v.version_id, 'STANDARD', t.language, t.element, t.text
FROM demo_qversion v
JOIN (SELECT 'de' AS language, 'title' AS element, 'Jugendbefragung Musterland' AS text
      UNION ALL SELECT 'en', 'title', 'Musterland youth survey'
      UNION ALL SELECT 'de', 'q:school-feel', 'Wie wohl fühlst du dich an deiner Schule?'
      UNION ALL SELECT 'en', 'q:school-feel', 'How comfortable do you feel at your school?'
      UNION ALL SELECT 'de', 'lo:school-feel', 'gar nicht wohl'
      UNION ALL SELECT 'de', 'hi:school-feel', 'sehr wohl'
      UNION ALL SELECT 'en', 'lo:school-feel', 'not at all'
      UNION ALL SELECT 'en', 'hi:school-feel', 'very'
      UNION ALL SELECT 'de', 'q:way-to-school', 'Wie kommst du meistens zur Schule?'
      UNION ALL SELECT 'en', 'q:way-to-school', 'How do you usually get to school?'
      UNION ALL SELECT 'de', 'o:way-to-school:1', 'zu Fuß'
      UNION ALL SELECT 'de', 'o:way-to-school:2', 'mit dem Fahrrad'
      UNION ALL SELECT 'de', 'o:way-to-school:3', 'mit Bus oder Bahn'
      UNION ALL SELECT 'de', 'o:way-to-school:4', 'mit dem Auto'
      UNION ALL SELECT 'de', 'o:way-to-school:5', 'anders'
      UNION ALL SELECT 'en', 'o:way-to-school:1', 'on foot'
      UNION ALL SELECT 'en', 'o:way-to-school:2', 'by bike'
      UNION ALL SELECT 'en', 'o:way-to-school:3', 'by bus or train'
      UNION ALL SELECT 'en', 'o:way-to-school:4', 'by car'
      UNION ALL SELECT 'en', 'o:way-to-school:5', 'other'
      UNION ALL SELECT 'de', 'q:leisure-offers',
             'Wie zufrieden bist du mit den Freizeitangeboten in deinem Wohnort?'
      UNION ALL SELECT 'en', 'q:leisure-offers',
             'How satisfied are you with leisure activities where you live?'
      UNION ALL SELECT 'de', 'lo:leisure-offers', 'gar nicht zufrieden'
      UNION ALL SELECT 'de', 'hi:leisure-offers', 'sehr zufrieden'
      UNION ALL SELECT 'en', 'lo:leisure-offers', 'not at all satisfied'
      UNION ALL SELECT 'en', 'hi:leisure-offers', 'very satisfied'
      UNION ALL SELECT 'de', 'q:all-day-school', 'Nimmst du an Ganztagsangeboten deiner Schule teil?'
      UNION ALL SELECT 'en', 'q:all-day-school',
             'Do you take part in all-day activities at your school?'
      UNION ALL SELECT 'de', 'o:all-day-school:1', 'ja'
      UNION ALL SELECT 'de', 'o:all-day-school:2', 'nein'
      UNION ALL SELECT 'de', 'o:all-day-school:3', 'weiß nicht'
      UNION ALL SELECT 'en', 'o:all-day-school:1', 'yes'
      UNION ALL SELECT 'en', 'o:all-day-school:2', 'no'
      UNION ALL SELECT 'en', 'o:all-day-school:3', 'don''t know'
      UNION ALL SELECT 'de', 'q:wish', 'Was sollte sich in deinem Wohnort für Jugendliche ändern?'
      UNION ALL SELECT 'en', 'q:wish', 'What should change for young people where you live?') t;

INSERT INTO survey_wave (organisation_id, title, target_group, purpose, legal_basis, privacy_contact,
                         field_start, field_end, questionnaire_version_id, state, target_kind,
                         grade_from, grade_to, consent_mode)
SELECT o.id, 'Jugendbefragung Musterland 2027', 'Schülerinnen und Schüler der Klassen 7 bis 10',
       'Die Befragung zeigt, wie Jugendliche ihre Schule, ihre Freizeitangebote und ihren Wohnort erleben. Die zusammengefassten Ergebnisse fließen in den Jahresarbeitsplan des Bildungsmanagements ein.',
       'Art. 6 Abs. 1 lit. e DSGVO in Verbindung mit dem Schulgesetz des Landes; die Teilnahme ist freiwillig.',
       'Datenschutzbeauftragte/r des Landkreises, datenschutz@musterland.example',
       CURRENT_DATE - INTERVAL 7 DAY, CURRENT_DATE + INTERVAL 1 YEAR, v.version_id, 'IN_FIELD', 'PUPILS',
       7, 10, 'PUPIL_CONFIRMS'
FROM organisation o
JOIN demo_qversion v
WHERE o.code = 'lk-musterland' AND o.demo
  AND NOT EXISTS (SELECT 1 FROM survey_wave w
                  WHERE w.organisation_id = o.id AND w.title = 'Jugendbefragung Musterland 2027');

-- The previous wave of the same questionnaire, closed, with 90 responses from three schools, so
-- results can be compared over time. Answers are spread by a hash of each response's random id;
-- the field period lies a year back, within the two years raw responses are kept.
INSERT INTO survey_wave (organisation_id, title, target_group, purpose, legal_basis, privacy_contact,
                         field_start, field_end, questionnaire_version_id, state, target_kind,
                         grade_from, grade_to, consent_mode)
SELECT o.id, 'Jugendbefragung Musterland 2025', 'Schülerinnen und Schüler der Klassen 7 bis 10',
       'Die Befragung zeigt, wie Jugendliche ihre Schule, ihre Freizeitangebote und ihren Wohnort erleben.',
       'Art. 6 Abs. 1 lit. e DSGVO in Verbindung mit dem Schulgesetz des Landes; die Teilnahme ist freiwillig.',
       'Datenschutzbeauftragte/r des Landkreises, datenschutz@musterland.example',
       CURRENT_DATE - INTERVAL 13 MONTH, CURRENT_DATE - INTERVAL 12 MONTH, v.version_id, 'CLOSED',
       'PUPILS', 7, 10, 'PUPIL_CONFIRMS'
FROM organisation o
JOIN demo_qversion v
WHERE o.code = 'lk-musterland' AND o.demo
  AND NOT EXISTS (SELECT 1 FROM survey_wave w
                  WHERE w.organisation_id = o.id AND w.title = 'Jugendbefragung Musterland 2025');

INSERT INTO survey_response (id, wave_id, school_id, area_id, grade_band, language, submitted_on)
SELECT UUID(), w.id, sc.id, sa.area_id, IF(n.seq % 2 = 0, '7-8', '9-10'),
       IF(n.seq % 7 = 0, 'en', 'de'), w.field_start + INTERVAL (n.seq % 20) DAY
FROM survey_wave w
JOIN organisation o ON o.id = w.organisation_id AND o.demo
JOIN seq_1_to_90 n
JOIN school sc ON sc.organisation_id = o.id
              AND sc.code = ELT(1 + n.seq % 3, 'igs-musterstadt', 'rsplus-talheim', 'gym-seeburg')
LEFT JOIN school_area sa ON sa.school_id = sc.id
WHERE w.title = 'Jugendbefragung Musterland 2025'
  AND NOT EXISTS (SELECT 1 FROM survey_response r WHERE r.wave_id = w.id);

INSERT IGNORE INTO survey_answer (response_id, question_key, answer_value)
SELECT r.id, a.question_key,
       CASE a.question_key
           WHEN 'school-feel' THEN 1 + LEAST(4, CONV(SUBSTR(MD5(CONCAT(r.id, 'f')), 1, 3), 16, 10) % 6)
           WHEN 'way-to-school' THEN 1 + CONV(SUBSTR(MD5(CONCAT(r.id, 'w')), 1, 3), 16, 10) % 5
           WHEN 'leisure-offers' THEN 1 + CONV(SUBSTR(MD5(CONCAT(r.id, 'l')), 1, 3), 16, 10) % 4
           ELSE 1 + CONV(SUBSTR(MD5(CONCAT(r.id, 'a')), 1, 3), 16, 10) % 3
       END
FROM survey_response r
JOIN survey_wave w ON w.id = r.wave_id AND w.title = 'Jugendbefragung Musterland 2025'
JOIN organisation o ON o.id = w.organisation_id AND o.demo
JOIN (SELECT 'school-feel' AS question_key UNION ALL SELECT 'way-to-school'
      UNION ALL SELECT 'leisure-offers' UNION ALL SELECT 'all-day-school') a
WHERE NOT EXISTS (SELECT 1 FROM survey_answer x WHERE x.response_id = r.id);

-- The wave in the field holds 120 responses already (r-core), from four schools, two grade bands
-- and three languages, so its results can be compared with 2025 once it closes. They are not
-- linked to the codes above, which stay unspent for trying the answering path. The Berufsbildende
-- Schule's three responses show the small-group rule at work; two of the free-text wishes are for
-- a planner to withhold (one names a teacher, one insults). Seeded responses carry a day of the
-- field's first week, before the data set was first loaded; answers given with a code carry a
-- later day, so a restart neither repeats the seeding nor touches real answers.
INSERT IGNORE INTO q_text (version_id, variant, language, element, text)
SELECT v.version_id, 'STANDARD', 'tr', t.element, t.text
FROM demo_qversion v
JOIN (SELECT 'title' AS element, 'Musterland Gençlik Anketi' AS text
      UNION ALL SELECT 'q:school-feel', 'Okulunda kendini ne kadar iyi hissediyorsun?'
      UNION ALL SELECT 'lo:school-feel', 'hiç iyi değil'
      UNION ALL SELECT 'hi:school-feel', 'çok iyi'
      UNION ALL SELECT 'q:way-to-school', 'Okula genellikle nasıl gidiyorsun?'
      UNION ALL SELECT 'o:way-to-school:1', 'yürüyerek'
      UNION ALL SELECT 'o:way-to-school:2', 'bisikletle'
      UNION ALL SELECT 'o:way-to-school:3', 'otobüs veya trenle'
      UNION ALL SELECT 'o:way-to-school:4', 'arabayla'
      UNION ALL SELECT 'o:way-to-school:5', 'başka'
      UNION ALL SELECT 'q:leisure-offers', 'Yaşadığın yerdeki boş zaman etkinliklerinden ne kadar memnunsun?'
      UNION ALL SELECT 'lo:leisure-offers', 'hiç memnun değilim'
      UNION ALL SELECT 'hi:leisure-offers', 'çok memnunum'
      UNION ALL SELECT 'q:all-day-school', 'Okulunun tam gün etkinliklerine katılıyor musun?'
      UNION ALL SELECT 'o:all-day-school:1', 'evet'
      UNION ALL SELECT 'o:all-day-school:2', 'hayır'
      UNION ALL SELECT 'o:all-day-school:3', 'bilmiyorum'
      UNION ALL SELECT 'q:wish', 'Yaşadığın yerde gençler için ne değişmeli?') t;

UPDATE questionnaire_version v
JOIN demo_qversion d ON d.version_id = v.id
SET v.languages = 'en,tr'
WHERE v.languages = 'en';

CREATE TEMPORARY TABLE demo_block (
    school     VARCHAR(40) NOT NULL,
    grade_band VARCHAR(10) NOT NULL,
    language   CHAR(2)     NOT NULL,
    n          INT         NOT NULL
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO demo_block (school, grade_band, language, n)
VALUES ('igs-musterstadt', '7-8', 'de', 22), ('igs-musterstadt', '9-10', 'de', 14),
       ('igs-musterstadt', '9-10', 'tr', 6), ('igs-musterstadt', '9-10', 'en', 5),
       ('rsplus-talheim', '7-8', 'de', 13), ('rsplus-talheim', '9-10', 'de', 12),
       ('rsplus-talheim', '7-8', 'tr', 6), ('rsplus-talheim', '7-8', 'en', 6),
       ('gym-seeburg', '7-8', 'de', 10), ('gym-seeburg', '9-10', 'de', 13),
       ('gym-seeburg', '7-8', 'tr', 5), ('gym-seeburg', '9-10', 'en', 5),
       ('bbs-musterland', '9-10', 'de', 3);

INSERT INTO survey_response (id, wave_id, school_id, area_id, grade_band, language, submitted_on)
SELECT UUID(), w.id, sc.id, sa.area_id, b.grade_band, b.language,
       w.field_start + INTERVAL (n.seq % 7) DAY
FROM survey_wave w
JOIN organisation o ON o.id = w.organisation_id AND o.demo
JOIN demo_block b
JOIN seq_1_to_30 n ON n.seq <= b.n
JOIN school sc ON sc.organisation_id = o.id AND sc.code = b.school
LEFT JOIN school_area sa ON sa.school_id = sc.id AND sa.valid_to IS NULL
WHERE w.title = 'Jugendbefragung Musterland 2027'
  AND NOT EXISTS (SELECT 1 FROM survey_response r
                  WHERE r.wave_id = w.id AND r.submitted_on < w.field_start + INTERVAL 7 DAY);

-- a little happier at school than in 2025, more content with leisure offers
INSERT IGNORE INTO survey_answer (response_id, question_key, answer_value)
SELECT r.id, a.question_key,
       CASE a.question_key
           WHEN 'school-feel' THEN 2 + CONV(SUBSTR(MD5(CONCAT(r.id, 'f')), 1, 3), 16, 10) % 4
           WHEN 'way-to-school' THEN 1 + CONV(SUBSTR(MD5(CONCAT(r.id, 'w')), 1, 3), 16, 10) % 5
           WHEN 'leisure-offers' THEN 1 + CONV(SUBSTR(MD5(CONCAT(r.id, 'l')), 1, 3), 16, 10) % 5
           ELSE 1 + CONV(SUBSTR(MD5(CONCAT(r.id, 'a')), 1, 3), 16, 10) % 3
       END
FROM survey_response r
JOIN survey_wave w ON w.id = r.wave_id AND w.title = 'Jugendbefragung Musterland 2027'
JOIN organisation o ON o.id = w.organisation_id AND o.demo
JOIN (SELECT 'school-feel' AS question_key UNION ALL SELECT 'way-to-school'
      UNION ALL SELECT 'leisure-offers' UNION ALL SELECT 'all-day-school') a
WHERE r.submitted_on < w.field_start + INTERVAL 7 DAY;

-- every sixth respondent wrote a wish: twenty wishes, the two to withhold once each
INSERT IGNORE INTO survey_answer (response_id, question_key, answer_value)
SELECT s.id, 'wish',
       ELT(1 + (s.rn DIV 6 - 1) % 14,
           'Mehr Busse am Abend, damit man vom Training nach Hause kommt.',
           'Ein Jugendzentrum, das auch am Wochenende offen hat.',
           'Einen Skatepark oder eine Halfpipe.',
           'Sichere Radwege zur Schule.',
           'WLAN im Park und mehr Bänke.',
           'More sports clubs for girls.',
           'Gençler için bir buluşma yeri.',
           'Längere Öffnungszeiten der Bücherei.',
           'Ein Kino oder wenigstens Filmabende im Jugendtreff.',
           'Dass man bei Planungen für Jugendliche auch Jugendliche fragt.',
           'Cheaper bus tickets for students.',
           'Mehr Mülleimer am See.',
           'Herr Becker von der IGS soll endlich aufhören, uns anzuschreien.',
           'Die Lehrer hier sind alle Idioten.')
FROM (SELECT r.id, ROW_NUMBER() OVER (ORDER BY r.id) AS rn
      FROM survey_response r
      JOIN survey_wave w ON w.id = r.wave_id AND w.title = 'Jugendbefragung Musterland 2027'
      JOIN organisation o ON o.id = w.organisation_id AND o.demo
      WHERE r.submitted_on < w.field_start + INTERVAL 7 DAY) s
WHERE s.rn % 6 = 0;

DROP TEMPORARY TABLE demo_block;

DROP TEMPORARY TABLE demo_qversion;

CREATE TEMPORARY TABLE demo_code AS
SELECT * FROM (SELECT '4VZZ2ZCRCW65' AS code, '8a' AS class_label, '7-8' AS grade_band
      UNION ALL SELECT 'TAW4T7KEWNN3', '8a', '7-8'
      UNION ALL SELECT 'AVUDZYEU5TCE', '8a', '7-8'
      UNION ALL SELECT 'XJCQUFKR4JSM', '8a', '7-8'
      UNION ALL SELECT 'CQB5V8Y4U5B3', '8a', '7-8'
      UNION ALL SELECT 'FKHGKV8JZWFA', '8a', '7-8'
      UNION ALL SELECT 'S3MPQ3PMVURZ', '8a', '7-8'
      UNION ALL SELECT 'N6ESUUYCNH3U', '8a', '7-8'
      UNION ALL SELECT 'XK7KUGPSSQ5F', '8a', '7-8'
      UNION ALL SELECT 'WX3U3H7XSC2E', '8a', '7-8'
      UNION ALL SELECT 'ZH7DJBPM439D', '9b', '9-10'
      UNION ALL SELECT 'MY7WVEJSKCWZ', '9b', '9-10'
      UNION ALL SELECT 'YXRGSECEFRMQ', '9b', '9-10'
      UNION ALL SELECT 'Q6HKCVXAGXBY', '9b', '9-10'
      UNION ALL SELECT 'RSNCP9QXYYC5', '9b', '9-10'
      UNION ALL SELECT 'PX96JAT5F37Z', '9b', '9-10'
      UNION ALL SELECT 'M6KPDXMWT9H2', '9b', '9-10'
      UNION ALL SELECT 'DHRDSFVVRGK6', '9b', '9-10'
      UNION ALL SELECT 'NC2BCPHKS6BQ', '9b', '9-10'
      UNION ALL SELECT 'PEAMJZAGV3NY', '9b', '9-10') c;

-- codes seeded before V18 were salted per wave: rehash them (keeping whether they were spent)
UPDATE access_code ac
JOIN survey_wave w ON w.id = ac.wave_id AND w.code_salt IS NOT NULL
JOIN organisation o ON o.id = w.organisation_id AND o.demo
JOIN demo_code c ON ac.code_hash = SHA2(CONCAT(w.code_salt, ':', c.code), 256)
SET ac.code_hash = SHA2(CONCAT((SELECT key_value FROM installation_key WHERE name = 'survey-code'),
                               ':', c.code), 256)
WHERE w.title = 'Jugendbefragung Musterland 2027';

UPDATE survey_wave w
JOIN organisation o ON o.id = w.organisation_id AND o.demo
SET w.code_salt = NULL
WHERE w.title = 'Jugendbefragung Musterland 2027';

INSERT IGNORE INTO access_code (wave_id, school_id, class_label, grade_band, code_hash)
SELECT w.id, s.id, c.class_label, c.grade_band,
       SHA2(CONCAT((SELECT key_value FROM installation_key WHERE name = 'survey-code'), ':', c.code), 256)
FROM survey_wave w
JOIN organisation o ON o.id = w.organisation_id AND o.demo
JOIN school s ON s.organisation_id = w.organisation_id AND s.code = 'igs-musterstadt'
JOIN demo_code c
WHERE w.title = 'Jugendbefragung Musterland 2027';

DROP TEMPORARY TABLE demo_code;

DROP TEMPORARY TABLE demo_account_id;
DROP TEMPORARY TABLE demo_account;
