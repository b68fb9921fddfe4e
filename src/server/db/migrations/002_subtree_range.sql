-- "in the subtree of p" as an index range on org_unit.path (text_pattern_ops):
--   p ~<=~ path and path ~<~ subtree_end(p)
-- Paths are ids and '/', and '/' sorts just before '0', so '/1/15/' … '/1/150' holds exactly
-- the paths that start with '/1/15/'. `path like p || '%'` with a non-constant p cannot use the index.
create function subtree_end(p text) returns text
language sql immutable parallel safe as $$ select left(p, -1) || '0' $$;
