-- The school authority (Schulaufsicht) approves survey waves in schools, in parallel with the
-- data-protection officer (survey-wave.bpmn, Task_SchoolAuthorityReview). Like the officer, the
-- role is granted organisation-wide, without a department, committee or school.
ALTER TABLE role_grant DROP CONSTRAINT ck_role_grant_role;

ALTER TABLE role_grant ADD CONSTRAINT ck_role_grant_role CHECK (role IN ('admin', 'planner',
    'department-contributor', 'administrative-head', 'committee-secretariat', 'committee-chair',
    'committee-member', 'data-protection-officer', 'school-contact', 'school-authority'));
