-- A department's groups (组别, such as a market-supervision office's supervision and consumer-protection groups):
-- departments in their own right under a parent department, each taking the matters of the categories it lists.
ALTER TABLE department ADD COLUMN parent_code TEXT REFERENCES department (code);
ALTER TABLE department ADD COLUMN categories TEXT[] NOT NULL DEFAULT '{}';
ALTER TABLE department ADD CONSTRAINT department_not_own_group CHECK (parent_code IS NULL OR parent_code <> code);
ALTER TABLE department ADD CONSTRAINT department_categories_on_groups
  CHECK (parent_code IS NOT NULL OR cardinality(categories) = 0);
CREATE INDEX department_by_parent ON department (parent_code) WHERE parent_code IS NOT NULL;
