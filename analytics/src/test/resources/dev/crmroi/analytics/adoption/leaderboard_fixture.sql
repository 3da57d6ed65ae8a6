-- The adoption fixture of LeaderboardTest, 2024-Q1, worked out by hand there.
INSERT INTO users (user_id, name, role, team, region, hired_on, left_on, licensed) VALUES
  ('u1', 'Ann', 'sales', 'A', 'EMEA', '2020-01-01', NULL, true),
  ('u2', 'Bo', 'sales', 'A', 'NA', NULL, NULL, NULL),
  ('u3', 'Cy', 'sales', 'B', 'NA', NULL, NULL, true),
  ('u4', 'Di', 'sales', 'A', 'NA', NULL, '2023-12-31', true),
  ('u5', 'Ed', 'sales', 'A', 'NA', NULL, NULL, false),
  ('u6', 'Fi', 'sales', 'B', 'NA', NULL, NULL, true),
  ('u7', 'Gu', 'sales', 'B', 'NA', NULL, NULL, true);
INSERT INTO accounts (account_id, industry, region, created_at, owner_id) VALUES
  ('a1', 'Tech', 'EMEA', '2023-01-01', 'u1'),
  ('a2', NULL, 'NA', '2023-01-01', 'u2'),
  ('a3', 'Retail', '', '2023-01-01', 'u1'),
  ('a4', 'Tech', 'NA', '2024-05-01', 'u3'),
  ('a5', 'Tech', 'NA', NULL, 'u6'), ('a6', 'Tech', 'NA', NULL, 'u6'),
  ('a7', 'Tech', 'NA', NULL, 'u6'), ('a8', 'Tech', 'NA', NULL, 'u6'),
  ('a9', 'Tech', 'NA', NULL, 'u6'),
  ('b5', 'Tech', 'NA', NULL, 'u7'), ('b6', 'Tech', 'NA', NULL, 'u7'),
  ('b7', 'Tech', 'NA', NULL, 'u7'), ('b8', 'Tech', 'NA', NULL, 'u7'),
  ('b9', 'Tech', 'NA', NULL, 'u7');
INSERT INTO opportunities (opportunity_id, created_at, account_id, owner_id, stage, closed_at,
    type, amount) VALUES
  ('o1', '2024-01-05', 'a1', 'u1', 'won', '2024-02-01', 'new', 100),
  ('o2', '2023-11-01', 'a1', 'u1', 'open', NULL, 'new', NULL),
  ('o3', '2024-02-01', 'a2', 'u2', 'lost', '2024-03-15', NULL, 50),
  ('o4', '2023-06-01', 'a2', 'u2', 'won', '2023-12-01', 'new', 70),
  ('o5', '2024-04-10', 'a4', 'u3', 'open', NULL, 'new', 10);
INSERT INTO activities (activity_id, type, occurred_at, user_id, opportunity_id) VALUES
  ('x1', 'call', '2024-01-10', 'u1', 'o1'),
  ('x2', 'call', '2024-01-11', 'u1', 'o1'),
  ('x3', 'call', '2024-02-11', 'u1', NULL),
  ('x4', 'meeting', '2024-02-12', 'u1', 'o2'),
  ('x5', 'email', '2024-03-01', 'u1', 'o1'),
  ('x6', 'email', '2024-03-02', 'u1', NULL),
  ('x7', 'note', '2024-03-31 23:59', 'u1', NULL),
  ('x8', 'call', '2023-12-31 23:59', 'u1', 'o2'),
  ('x9', 'call', '2024-02-20', 'u2', 'o3'),
  ('x10', 'call', '2024-04-01', 'u2', 'o3');
INSERT INTO activities (activity_id, type, occurred_at, user_id)
  SELECT 'c' || i, 'call', TIMESTAMP '2024-01-01' + INTERVAL (i) HOUR, 'u3' FROM range(100) t(i);
