-- The demo accounts answer GET /user/me like any provisioned account.
UPDATE accounts SET email = 'alpha@demo.example.com' WHERE id = 1;
UPDATE accounts SET email = 'beta@demo.example.com' WHERE id = 2;
