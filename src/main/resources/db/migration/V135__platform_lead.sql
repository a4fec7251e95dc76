-- A platform's lead unit (牵头单位): the department whose people take up and coordinate the work sent to the
-- platform. Without one, every department of the platform works for it.
ALTER TABLE platform ADD COLUMN lead_department TEXT REFERENCES department (code);

-- The unit that coordinates matters spanning several platforms (跨平台事项), such as a street's 平安建设办:
-- at most one per installation, a department or a platform code.
CREATE TABLE platform_coordinator
(
  singleton   BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
  target_code TEXT NOT NULL
);
