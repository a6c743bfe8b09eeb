-- The demo keys and numbers answer the operators' listings like provisioned ones.
UPDATE api_keys SET label = 'Demo key', last_four = 'lpha' WHERE id = 1;
UPDATE api_keys SET label = 'Demo key', last_four = 'beta' WHERE id = 2;
UPDATE phone_numbers SET nickname = 'Alpha main line', sms_capable = TRUE WHERE id = 1;
UPDATE phone_numbers SET nickname = 'Beta main line', sms_capable = TRUE WHERE id = 5;
