-- Uploads that no case step ever referred to are removed after a while; this finds the old ones without reading
-- every attachment.
CREATE INDEX attachment_by_age ON attachment (created_at);
