-- The person or matter a dossier is about (当事人或事项: the applicant, the subject of a 问责 case, the item), as
-- its case header names it; dossiers are searched by it and by their key. Dossiers older than this column keep
-- it empty until their next record.
ALTER TABLE dj_dossier ADD COLUMN subject VARCHAR(200);
